using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;time data-published="2016-12-09 09:13:00Z"&gt; 4 hours ago &lt;/time&gt;" beside the byline: the page shows how long ago
/// the story went up (null, the day being unknown to the reader of a saved page) and keeps the instant in a data
/// attribute of its own name for the script that refreshes the words, where a standard template would have written
/// datetime. The attribute's full date and clock are the published time; an attribute that holds no date, or a time
/// element showing a date of its own, is left to the other readings.
/// Cost: reached only when no other reading gave a time; a walk of each time element's attributes.
/// </summary>
internal static class DataStampedRelativeTime
{
    private static readonly string[] NameParts = ["publish", "date", "time", "stamp"];

    public static string? First(List<IElement> times, IElement? headline)
    {
        foreach (var time in times)
        {
            if (time.HasAttribute("datetime") || OtherStoryCard.HoldsTime(time, headline)
                || DateLineParser.Parse(time.TextContent.AsSpan().Trim(), out _) is not { Relative: true })
            {
                continue;
            }

            foreach (var attribute in time.Attributes)
            {
                if (attribute.Name.StartsWith("data-", StringComparison.Ordinal) && NamesTime(attribute.Name)
                    && DateLineParser.ToIso(attribute.Value) is { Length: > 10 } stamp)
                {
                    return stamp;
                }
            }
        }

        return null;
    }

    private static bool NamesTime(string name)
    {
        foreach (var part in NameParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
