using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="published_date"&gt;September 20, 2011, 6:37 PM EDT&lt;/span&gt;" in a tool row over the headline ("text size:
/// T T · section · date"): the template names the element for the story's publication time and writes it for the reader
/// only, no `time` element, no metadata the parser reads. The row's line, read as text, runs the date on after the tool
/// labels, so no date line is found. When nothing else gave a time, the first element whose class names publication
/// ("published_date", "publish-date", "date-published") and whose whole text is a full date with its year is the story's
/// time. An element named for an update ("published-updated"), one inside the comments, one in another story's card and
/// a date without a year or a relative time give none, nor does a listed post's time in a widget (WidgetPostTime). Cost:
/// asked once per page, when no time was found: one selector query and a look at each element it returns.
/// </summary>
internal static class PublishedDateSpan
{
    private const int MinLength = 8;
    private const int MaxLength = 60;

    public static string? Read(IDocument document, IElement? headline)
    {
        foreach (var element in document.SelectAll("[class*='publish']"))
        {
            if (element.LocalName is "body" or "html" or "meta" || element.ClassName is not { } className
                || className.Contains("updat", StringComparison.OrdinalIgnoreCase) || className.Contains("modif", StringComparison.OrdinalIgnoreCase)
                || element.Nearest("[class*='comment'], [id*='comment']") is not null || OtherStoryCard.HoldsTime(element, headline) || WidgetPostTime.Is(element))
            {
                continue;
            }

            var text = Whitespace.Collapse(element.TextContent);
            if (text.Length is >= MinLength and <= MaxLength && DateLineParser.TryParseLine(text, out var shown) && shown is { Date: not null, Relative: false })
            {
                return shown.ToIso();
            }
        }

        return null;
    }
}
