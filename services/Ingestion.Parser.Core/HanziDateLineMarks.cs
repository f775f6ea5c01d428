using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// "» 2019年02月22日 14時30分 公開", "▶2020年5月1日 9時05分 配信": a Japanese date line may open with an arrow or a mark set
/// before it as an ornament and close with the word for what happened at that time — released (公開), delivered (配信),
/// posted (掲載, 投稿) — as "Published" opens an English one. Neither is part of the date, so <see cref="HanziDate"/> reads
/// the line without them. "更新" (updated) is not among the words: an update time must not pass for the release time.
/// </summary>
internal static class HanziDateLineMarks
{
    private static readonly string[] Words = ["公開", "配信", "掲載", "投稿"];

    /// <summary>Most ornament characters before the date ("»", "▶", "■").</summary>
    private const int MaxMarks = 2;

    /// <summary><paramref name="line"/> without an opening ornament and a closing word, with the spaces beside them.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var start = 0;
        while (start < line.Length && start < MaxMarks && IsOrnament(line[start]))
        {
            start++;
        }

        if (start > 0)
        {
            line = line[start..].TrimStart();
        }

        if (line.Length > 2 && line[^1] >= '\u4E00')
        {
            foreach (var word in Words)
            {
                if (line.EndsWith(word, StringComparison.Ordinal))
                {
                    return line[..^word.Length].TrimEnd();
                }
            }
        }

        return line;
    }

    /// <summary>An arrow, a guillemet or a geometric mark: no letter, digit or bracket.</summary>
    private static bool IsOrnament(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation;
}
