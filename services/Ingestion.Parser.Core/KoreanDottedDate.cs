using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// "2023. 2. 5. 11:40", "2023. 02. 05.", "2023. 2. 5 오후 3:07": a Korean date writes the year, the month and the day each
/// followed by a dot and a space, the clock after them. The word reader takes "2. 5." for a German day and month ("2.
/// 5. 2023"), so the line read "2023-05-02"; a year first with a dot and a space after it is no German date, whose year
/// comes last. Read here as the ISO form it stands for, the clock kept ("오전"/"오후", morning and afternoon, before it
/// give the twelve-hour reading).
/// </summary>
internal static partial class KoreanDottedDate
{
    /// <summary>"2023-02-05 11:40" for such a line, or null when it is none.</summary>
    public static string? Normalised(ReadOnlySpan<char> line)
    {
        // Cheap gate: four digits, a dot and a space open the line ("2023. "); any other line is left to the word reader.
        if (line.Length is < 10 or > 40 || line[4] != '.' || line[5] != ' '
            || !char.IsAsciiDigit(line[0]) || !char.IsAsciiDigit(line[1]) || !char.IsAsciiDigit(line[2]) || !char.IsAsciiDigit(line[3]))
        {
            return null;
        }

        var match = Pattern().Match(line.ToString());
        if (!match.Success)
        {
            return null;
        }

        var date = $"{match.Groups["year"].Value}-{int.Parse(match.Groups["month"].ValueSpan):00}-{int.Parse(match.Groups["day"].ValueSpan):00}";
        if (!match.Groups["hour"].Success)
        {
            return date;
        }

        var hour = int.Parse(match.Groups["hour"].ValueSpan);
        if (match.Groups["half"].Value == "오후" && hour < 12)
        {
            hour += 12;
        }
        else if (match.Groups["half"].Value == "오전" && hour == 12)
        {
            hour = 0;
        }

        var clock = $"{hour:00}:{match.Groups["minute"].Value}";
        return match.Groups["second"].Success ? $"{date} {clock}:{match.Groups["second"].Value}" : $"{date} {clock}";
    }

    [GeneratedRegex(@"^(?<year>(?:19|20)\d\d)\. (?<month>1[0-2]|0?[1-9])\. ?(?<day>3[01]|[12]\d|0?[1-9])\.?(?:\s+(?:(?<half>오전|오후)\s*)?(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)(?::(?<second>[0-5]\d))?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
