using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="date"&gt;&lt;span&gt;mardi 4 mars 2014&lt;/span&gt;&lt;/p&gt;", "&lt;h5&gt;23.01.2019&lt;/h5&gt;": an element holding a day and
/// nothing else, no child elements and no other words, is the row under a headline where a template prints the story's
/// date as plain text, as a time element with its datetime is. A sentence that names a day ("Opened on 4 March 2014")
/// has other words, and a relative time ("2 hours ago") names no day: neither is such a row.
/// </summary>
internal static class DateOnlyElement
{
    /// <summary>A weekday, a day, a month name, a year, a clock and a zone at most.</summary>
    private const int LongestDate = 40;

    public static bool Is(IElement element)
    {
        if (element.ChildElementCount != 0)
        {
            return false;
        }

        var text = element.TextContent.AsSpan().Trim();
        return text.Length is > 5 and <= LongestDate && text.ContainsAnyInRange('0', '9')
            && DateLineParser.TryParseLine(text, out var time) && !time.Relative && time.Date is not null;
    }
}
