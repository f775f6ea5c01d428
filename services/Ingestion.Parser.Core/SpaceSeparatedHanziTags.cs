namespace Ingestion.Parser.Core;

/// <summary>
/// "渡轮 河边小镇 交通 2018年": Chinese writes no spaces between its words, so a keywords meta or a tag row whose
/// entries each hold Chinese characters and stand apart by single spaces is a list, one entry a word; three entries at
/// least, as for run-together capitalised words, so a two-part headline copied into the keywords stays one entry.
/// </summary>
internal static class SpaceSeparatedHanziTags
{
    private const int MinEntries = 3;

    public static List<string>? Split(string tag)
    {
        var words = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MinEntries && words.All(word => HoldsHanzi(word)) ? [.. words.Distinct(StringComparer.Ordinal)] : null;
    }

    /// <summary>Whether the text holds a CJK unified ideograph.</summary>
    public static bool HoldsHanzi(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u4E00', '\u9FFF') || text.ContainsAnyInRange('\u3400', '\u4DBF');
}
