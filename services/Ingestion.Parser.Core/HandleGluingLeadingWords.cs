namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "harbourpost" over a document title "Ferry fares to rise - Harbour Post Live": a group's share card
/// names the paper by its internal handle, the leading words of the name glued in small letters, while the title the
/// paper ends every page with spells the whole name as its readers know it, one word more ("Live", "Online", "Today").
/// The handle is that name's short form, so the title's spelling is the site. A widening of <see cref="GluedSiteName"/>,
/// which takes only a title spelling the same words; asked only of a handle in small letters (a share name in capitals
/// such as "HarbourPost" is the brand as the paper writes it, and stays), of two glued words at least (one word is a
/// name of its own) and of one capitalised word after them.
/// </summary>
internal static class HandleGluingLeadingWords
{
    /// <summary>Whether <paramref name="handle"/> glues all of <paramref name="name"/>'s words but its last one.</summary>
    public static bool Spells(string handle, ReadOnlySpan<char> name)
    {
        if (handle.Length < 6 || handle.AsSpan().IndexOfAnyExceptInRange('a', 'z') >= 0)
        {
            return false;
        }

        var lastSpace = name.LastIndexOf(' ');
        if (lastSpace <= 0 || lastSpace == name.Length - 1 || !IsCapitalisedWord(name[(lastSpace + 1)..]))
        {
            return false;
        }

        // The words before the last one, glued, are the handle: two words at least, each capitalised.
        var at = 0;
        var words = 0;
        foreach (var range in name[..lastSpace].Split(' '))
        {
            var word = name[..lastSpace][range];
            if (word.Length == 0)
            {
                continue;
            }

            if (!IsCapitalisedWord(word) || at + word.Length > handle.Length
                || !handle.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            at += word.Length;
            words++;
        }

        return words >= 2 && at == handle.Length;
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && !word.ContainsAnyExcept(LetterValues);

    private static readonly System.Buffers.SearchValues<char> LetterValues =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
