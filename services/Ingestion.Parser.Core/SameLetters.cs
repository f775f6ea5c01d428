namespace Ingestion.Parser.Core;

/// <summary>
/// "HarbourStar", "Harbour Star", "harbour-star", "HARBOUR STAR": one name as a logo's alt text, a title, a domain and a
/// byline write it. The site-name rules that match a glued spelling against a spaced one compare the letters and digits
/// alone, in order and case aside, so they all agree on what "the same name" is.
/// </summary>
internal static class SameLetters
{
    /// <summary>Whether <paramref name="first"/> and <paramref name="second"/> hold the same letters and digits in the same order.</summary>
    public static bool Spell(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        SpelledLength(first, second) is >= 0 and var length && !Words.HasLetterOrDigit(first[length..]) && Words.HasLetterOrDigit(second);

    /// <summary>
    /// The length of <paramref name="text"/>'s opening run that spells <paramref name="name"/>'s letters and digits in order,
    /// anything else (spaces, marks) between them, the run ending on the name's last letter; -1 where it does not.
    /// </summary>
    public static int SpelledLength(ReadOnlySpan<char> text, ReadOnlySpan<char> name)
    {
        var i = 0;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == text.Length || char.ToLowerInvariant(text[i]) != char.ToLowerInvariant(c))
            {
                return -1;
            }

            i++;
        }

        return i;
    }
}
