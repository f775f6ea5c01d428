using System.Text.RegularExpressions;

namespace Ingestion.Parser.Core;

/// <summary>
/// "2015年11月23日06:48", "2017年03月03日 08:19", "2017年3月3日", "2019年6月12日(水) 09時30分": a Chinese or Japanese date
/// writes the year, month and day each before its character, the clock glued on or after a space (a Japanese clock
/// writes the hour and the minute each before its character too: "09時30分", "9时5分"), a weekday between them in
/// brackets or after "星期"/"周". Read as the ISO form it stands for, so the date reader's other rules (the clock, no
/// zone) apply unchanged.
/// A label before the date ("发稿时间：2016-05-12 09:30:00", "发布日期：…": the time or date of release) is the date
/// line's own, as "Published:" is an English one's.
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

        // "2019年02月22日 14時30分 公開": an ornament before the date and the closing word for "released" are no part of it (HanziDateLineMarks).
        var match = Pattern().Match(HanziDateLineMarks.Without(line).ToString());
        if (!match.Success)
        {
            return null;
        }

        var date = $"{match.Groups["year"].Value}-{int.Parse(match.Groups["month"].ValueSpan):00}-{int.Parse(match.Groups["day"].ValueSpan):00}";
        if (match.Groups["hour"].Success)
        {
            var clock = $"{int.Parse(match.Groups["hour"].ValueSpan):00}:{int.Parse(match.Groups["minute"].ValueSpan):00}";
            return match.Groups["second"].Success ? $"{date} {clock}:{int.Parse(match.Groups["second"].ValueSpan):00}" : $"{date} {clock}";
        }

        return match.Groups["clock"].Success ? $"{date} {match.Groups["clock"].Value}" : date;
    }

    /// <summary>The longest label: "发稿时间", "发布日期", "更新时间" and their like are four characters, a few run to six.</summary>
    private const int MaxLabelLength = 6;

    /// <summary>
    /// Where the date starts after a leading label of Chinese characters ending in "时间" (time) or "日期" (date) and a
    /// colon, full-width or plain ("发稿时间：2016-05-12 09:30:00"), the spaces after it passed over; 0 when the line opens with
    /// no such label.
    /// </summary>
    public static int AfterLabel(ReadOnlySpan<char> line)
    {
        var colon = line.Length > 3 && line[0] >= '\u4E00' ? line[..Math.Min(line.Length, MaxLabelLength + 1)].IndexOfAny('：', ':') : -1;
        if (colon < 2 || !(line[..colon].EndsWith("时间") || line[..colon].EndsWith("日期")) || line[..colon].ContainsAnyExceptInRange('\u4E00', '\u9FFF'))
        {
            return 0;
        }

        var start = colon + 1;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        return start < line.Length ? start : 0;
    }

    [GeneratedRegex(@"^\s*(?<year>(?:19|20)\d\d)\s*年\s*(?<month>1[0-2]|0?[1-9])\s*月\s*(?<day>3[01]|[12]\d|0?[1-9])\s*日\s*(?:[（(][月火水木金土日][)）]|星期[一二三四五六日天]|周[一二三四五六日])?\s*(?:(?<clock>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)|(?<hour>[01]?\d|2[0-3])\s*[時时]\s*(?<minute>[0-5]?\d)\s*分(?:\s*(?<second>[0-5]?\d)\s*秒)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
