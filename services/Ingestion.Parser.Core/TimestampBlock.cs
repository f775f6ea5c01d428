using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="storytimestamp"&gt;&lt;span&gt;CNNMoney (New York)&lt;/span&gt; &lt;span&gt;First published February 1, 2016: 1:28 AM
/// ET&lt;/span&gt;&lt;/div&gt;" under the text: a box the template names a timestamp holds the story's source and time, which
/// the reader reads as the page's date line, not as a paragraph. Its source before the date keeps the line from reading
/// as a bare date line, so the box is known by its name and its date.
/// </summary>
internal static class TimestampBlock
{
    /// <summary>A source, a label and a date; a box with more words holds text.</summary>
    private const int LongestBlock = 150;

    public static void Remove(IElement root)
    {
        foreach (var box in root.SelectAll("div, p, span").ToList())
        {
            if (box.ParentElement is null || !root.Contains(box) || !NamesTimestamp(box))
            {
                continue;
            }

            var text = Whitespace.Collapse(box.TextContent);
            if (text.Length is > 0 and <= LongestBlock && DateLineParser.Parse(text, out _) is { Date: not null })
            {
                box.Remove();
            }
        }
    }

    private static bool NamesTimestamp(IElement box) =>
        box.ClassName?.Contains("timestamp", StringComparison.OrdinalIgnoreCase) == true
        || box.Id?.Contains("timestamp", StringComparison.OrdinalIgnoreCase) == true;
}
