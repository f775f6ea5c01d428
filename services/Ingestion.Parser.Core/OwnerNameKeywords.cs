namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="Keywords" content="ostrander, jane, jqo, sailing, lighthouses, tide tables, …"&gt;" on a personal site signed
/// "Jane Q. Ostrander": the site's one keywords list, written for search engines on every page, spells its owner's name
/// word by word. It describes the site, not the post: no tags, as a list naming the publication is none.
/// </summary>
internal static class OwnerNameKeywords
{
    private const int LeastNameWords = 2;

    /// <summary>Whether two entries at least are each one word of a writer's name (three letters or more).</summary>
    public static bool NamesWriter(IReadOnlyList<string> keywords, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0 || keywords.Count < LeastNameWords)
        {
            return false;
        }

        var nameWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var author in authors)
        {
            foreach (var word in author.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 3)
                {
                    nameWords.Add(word);
                }
            }
        }

        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyword in keywords)
        {
            var entry = keyword.Trim();
            if (nameWords.Contains(entry))
            {
                named.Add(entry);
            }
        }

        return named.Count >= LeastNameWords;
    }
}
