namespace Ingestion.Parser.Core;

/// <summary>
/// The words of a sharing title and of a shown headline, compared without the punctuation around them: "Inspected and
/// Forgotten" in og:title is all in the h1 "Inspected and Forgotten: How State Reviews Missed …", though "Forgotten:"
/// carries the colon.
/// </summary>
internal static class HeadlineWords
{
    private static readonly char[] Punctuation = [':', ',', '.', ';', '!', '?', '"', '“', '”', '‘', '’', '\'', '(', ')', '—', '–'];

    public static string[] Of(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim(Punctuation)).Where(word => word.Length > 0)];

    /// <summary>Whether at least four in five of <paramref name="titleWords"/> are words of <paramref name="shown"/>.</summary>
    public static bool MostShown(string[] titleWords, string shown)
    {
        if (titleWords.Length == 0)
        {
            return false;
        }

        var shownWords = Of(shown).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return titleWords.Count(shownWords.Contains) * 10 >= titleWords.Length * 8;
    }
}
