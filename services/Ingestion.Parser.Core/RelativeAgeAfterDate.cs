namespace Ingestion.Parser.Core;

/// <summary>
/// "Andrew Husband 12.09.16 12 mins ago 2 Comments": a byline row that prints the date and, after it, how long ago the
/// page was saved, which a script keeps fresh. The age says nothing of the publish time; cut, the row reads as a byline.
/// Only where a digit stays before it, so a line that holds no other date keeps its relative time.
/// </summary>
internal static class RelativeAgeAfterDate
{
    private static readonly WordSet Units = new(["sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks"]);

    public static string Without(string line)
    {
        if (!line.EndsWith(" ago", StringComparison.OrdinalIgnoreCase))
        {
            return line;
        }

        var beforeAgo = line.AsSpan(0, line.Length - 4).TrimEnd();
        var unitStart = beforeAgo.LastIndexOf(' ') + 1;
        if (unitStart <= 0 || !Units.Contains(beforeAgo[unitStart..]))
        {
            return line;
        }

        var number = beforeAgo[..unitStart].TrimEnd();
        var numberStart = number.LastIndexOf(' ') + 1;
        if (numberStart <= 0 || !int.TryParse(number[numberStart..], out _))
        {
            return line;
        }

        var rest = number[..numberStart].TrimEnd();
        return Words.HasDigit(rest) ? rest.ToString() : line;
    }
}
