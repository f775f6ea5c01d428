using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// "By Simon Achterberg@sachterbergSept. 27, 20137 Comments": a news magazine's byline row (name, Twitter handle, date,
/// comment count) as a scraper prints its spans, with nothing between them. Spaced into its items, the line reads as
/// any other "By Name | date | count" line. The scraper may keep the space before the handle's link and glue only the date
/// to it ("By Adam Kessler @adamkesslerSept. 25, 2013"): the handle still ends where the month begins.
/// </summary>
internal static partial class GluedHandleByline
{
    private static readonly string[] MonthOpenings = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The line with its items set apart by bars, or the line itself when it holds no handle glued to a name and a date.</summary>
    public static string Spaced(string line)
    {
        var at = line.IndexOf('@');
        if (at <= 1 || line.Length > 120 || !EndsName(line, at) || !BylineParser.OpensAsByline(line))
        {
            return line;
        }

        var handleEnd = at + 1;
        while (handleEnd < line.Length && (char.IsAsciiLetterLower(line[handleEnd]) || char.IsAsciiDigit(line[handleEnd]) || line[handleEnd] == '_'))
        {
            handleEnd++;
        }

        var rest = line[handleEnd..];
        if (handleEnd == at + 1 || !OpensWithMonth(rest))
        {
            return line;
        }

        return line[..at].TrimEnd() + " | " + DateItems(rest);
    }

    /// <summary>The glued date with a bar before a comment count run into its year ("Sept. 27, 20137 Comments").</summary>
    public static string DateItems(string rest)
    {
        var count = YearThenCount().Match(rest);
        return count.Success ? rest[..(count.Index + 4)] + " | " + rest[(count.Index + 4)..] : rest;
    }

    /// <summary>Whether the name's last letter is right before the handle, or one space before it.</summary>
    private static bool EndsName(string line, int at) =>
        char.IsLower(line[at - 1]) || (line[at - 1] == ' ' && at >= 3 && char.IsLower(line[at - 2]));

    // A loop, not a lambda: the lambda's captured text was allocated on every call, before the first test rejected the line.
    private static bool OpensWithMonth(string text)
    {
        foreach (var month in MonthOpenings)
        {
            if (text.StartsWith(month, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<=\D)\d{4}\d{1,5} Comments?$")]
    private static partial Regex YearThenCount();
}
