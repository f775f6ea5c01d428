namespace Ingestion.Parser.Core;

/// <summary>
/// "jean-pierre m.", "marie l.": French and Spanish papers' reaction boxes (2010–2014) print the name a subscriber
/// signs with as typed, often all in lower case, a first name and the surname's initial. The initial's full stop ends no
/// sentence there, as it ends none in "Jan P.". Two words only, the first a lower-case first name of three letters at
/// least (hyphens allowed), so a short sentence's last letter ("see plan b.") stays a sentence.
/// </summary>
internal static class LowerCaseSignature
{
    private const int ShortestFirstName = 3;

    public static bool Is(ReadOnlySpan<char> text, int lastSpace)
    {
        if (lastSpace < ShortestFirstName || text.Length != lastSpace + 3 || !char.IsLower(text[lastSpace + 1]))
        {
            return false;
        }

        var first = text[..lastSpace];
        foreach (var c in first)
        {
            if (!(char.IsLower(c) || c == '-'))
            {
                return false;
            }
        }

        return char.IsLower(first[0]) && char.IsLower(first[^1]);
    }
}
