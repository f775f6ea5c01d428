using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// "2015年11月23日06:48", "2017年03月03日 08:19", "2017年3月3日": a Chinese date writes the year, month and day each before
/// its character, the clock glued on or after a space. Read as the ISO form it stands for, so the date reader's other
/// rules (the clock, no zone) apply unchanged.
/// </summary>
internal static partial class HanziDate
{
    /// <summary>"2015-11-23 06:48" for such a line, or null when it is none.</summary>
    public static string? Normalised(ReadOnlySpan<char> line)
    {
        if (!line.Contains('年') || line.Length > 40)
        {
            return null;
        }

        var match = Pattern().Match(line.ToString());
        if (!match.Success)
        {
            return null;
        }

        var date = $"{match.Groups["year"].Value}-{int.Parse(match.Groups["month"].ValueSpan):00}-{int.Parse(match.Groups["day"].ValueSpan):00}";
        return match.Groups["clock"].Success ? $"{date} {match.Groups["clock"].Value}" : date;
    }

    [GeneratedRegex(@"^\s*(?<year>(?:19|20)\d\d)\s*年\s*(?<month>1[0-2]|0?[1-9])\s*月\s*(?<day>3[01]|[12]\d|0?[1-9])\s*日\s*(?<clock>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
