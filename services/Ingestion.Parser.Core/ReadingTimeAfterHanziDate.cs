namespace Ingestion.Parser.Core;

/// <summary>
/// "2019年2月27日 読了時間 3 分", "2019年6月12日 阅读时间 约5分钟": a Japanese or Chinese template prints the reading time on
/// the date's line, after a dot drawn by CSS. The date is the line's; the reading time after it is no part of the date
/// and no text. Asked only of a line holding "年" that the date reader did not take whole: a search for the label, then a
/// look at the few characters after it, which must be the minutes alone.
/// </summary>
internal static class ReadingTimeAfterHanziDate
{
    private static readonly string[] Labels = ["読了時間", "阅读时间", "閱讀時間", "阅读时长", "閱讀時長"];

    private const int MaxLength = 60;

    /// <summary>Where the reading time's label starts after the date, or 0 when the line ends in no reading time.</summary>
    public static int Start(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLength || !line.Contains('年'))
        {
            return 0;
        }

        foreach (var label in Labels)
        {
            var at = line.IndexOf(label, StringComparison.Ordinal);
            if (at > 0 && IsMinutes(line[(at + label.Length)..]))
            {
                return at;
            }
        }

        return 0;
    }

    /// <summary>"3 分", "：约5分钟", " 3分": digits and the minute's characters only.</summary>
    private static bool IsMinutes(ReadOnlySpan<char> rest)
    {
        var digits = false;
        foreach (var c in rest)
        {
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not (' ' or '\u3000' or ':' or '：' or '分' or '钟' or '鐘' or '约' or '約'))
            {
                return false;
            }
        }

        return digits;
    }
}
