namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "bctimes" over "Copyright 2016 Bay City Times" at the foot of the page: the share card names the site by
/// its handle, the short name its address and account use, built of the name's words, some by their initial ("b", "c")
/// and some whole ("times"). The copyright line spells the name as readers know it, and that spelling is the site.
/// </summary>
internal static class AbbreviatedSiteName
{
    /// <summary>Words a site's name runs to; a longer run is a sentence.</summary>
    private const int MostWords = 6;

    /// <summary>Whether <paramref name="siteName"/> is a handle: one word of small letters, as a share card writes it.</summary>
    public static bool IsHandle(string siteName) =>
        siteName.Length is >= 4 and <= 30 && siteName.AsSpan().IndexOfAnyExceptInRange('a', 'z') < 0;

    /// <summary>The words of <paramref name="notice"/> that <paramref name="handle"/> abbreviates, or null.</summary>
    public static string? SpelledIn(string handle, string? notice)
    {
        if (notice is null || !IsHandle(handle))
        {
            return null;
        }

        var words = notice.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? longest = null;
        for (var start = 0; start < words.Length; start++)
        {
            var wholeWords = 0;
            for (var end = start; end < words.Length && end - start < MostWords && IsNameWord(words[end]); end++)
            {
                if (end > start && Abbreviates(handle, 0, words, start, end + 1, ref wholeWords) && (longest is null || end + 1 - start > Words.Count(longest)))
                {
                    longest = string.Join(' ', words[start..(end + 1)]);
                }

                wholeWords = 0;
            }
        }

        return longest;
    }

    /// <summary>A capitalised word of letters: "Bay", "Times"; not "2016", "©" or "Copyright"'s lower-case neighbours.</summary>
    private static bool IsNameWord(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && word.AsSpan().IndexOfAnyExcept(Letters) < 0
        && !word.Equals("Copyright", StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// Whether the handle from <paramref name="at"/> on spells words[first..end], each word whole or by its initial, one
    /// word at least whole and of three letters or more: initials alone ("abc") spell a company as readily as a paper.
    /// </summary>
    private static bool Abbreviates(string handle, int at, string[] words, int first, int end, ref int wholeWords)
    {
        if (first == end)
        {
            return at == handle.Length && wholeWords > 0;
        }

        var word = words[first];
        if (at < handle.Length && char.ToLowerInvariant(word[0]) == handle[at])
        {
            if (word.Length >= 3 && handle.AsSpan(at).StartsWith(word.ToLowerInvariant(), StringComparison.Ordinal))
            {
                var whole = wholeWords + 1;
                if (Abbreviates(handle, at + word.Length, words, first + 1, end, ref whole))
                {
                    wholeWords = whole;
                    return true;
                }
            }

            return Abbreviates(handle, at + 1, words, first + 1, end, ref wholeWords);
        }

        return false;
    }
}
