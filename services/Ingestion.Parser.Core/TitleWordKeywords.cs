namespace Ingestion.Parser.Core;

/// <summary>
/// "harbour, cranes, return, to, the, old, quay, business" beside the headline "Harbour Cranes Return To The Old Quay": a
/// CMS that fills the keywords meta by itself splits the headline into its words, one entry each, and may add the
/// section. Nobody tags a story with its headline's first words in order; such a list is no tag list, and the tags the
/// page shows (a "More:" row of topic links) are read instead. A list whose entries are names or phrases ("Harbour
/// Cranes, Old Quay"), or single words in another order, keeps its tags.
/// </summary>
internal static class TitleWordKeywords
{
    /// <summary>The headline's first words, in order, one an entry: fewer could be tags that happen to open it.</summary>
    private const int LeadingWords = 4;

    public static bool Is(IReadOnlyList<string> keywords, string? title)
    {
        if (title is null || keywords.Count < LeadingWords)
        {
            return false;
        }

        var rest = title.AsSpan().Trim();
        for (var i = 0; i < LeadingWords; i++)
        {
            var keyword = keywords[i].AsSpan().Trim();
            if (keyword.Length == 0 || keyword.IndexOf(' ') >= 0)
            {
                return false;
            }

            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            if (!word.Equals(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            rest = end < 0 ? [] : rest[(end + 1)..].TrimStart();
        }

        return true;
    }
}
