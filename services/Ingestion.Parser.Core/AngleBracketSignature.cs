namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="writer writer-name"&gt;《KT》&lt;/span&gt;" under the text, "《山田 花子》": a Japanese news site signs the
/// story with the writer's name or initials in double angle brackets, in an element marked as the writer's. The
/// brackets are the site's way of setting off a signature, no part of the name, and the initials are all the page
/// gives of the writer, so they name the writer as a name would. Read inside the brackets: a name in ideographs or kana
/// (<see cref="KanjiNameByline.IsName"/>), two to four capital Latin letters (initials), or a person's name in Latin
/// letters. A desk ("《編集部》") or any other bracketed words are not read so. Cost: asked only of the text of an element
/// already marked as the writer's; two character tests and, inside the brackets, a scan of at most forty characters.
/// </summary>
internal static class AngleBracketSignature
{
    private const int MaxInside = 40;

    /// <summary>The writer's name or initials inside the brackets of <paramref name="text"/>; else null.</summary>
    public static string? Name(string text)
    {
        if (text.Length < 4 || !IsPair(text[0], text[^1]))
        {
            return null;
        }

        var inside = text.AsSpan(1, text.Length - 2).Trim();
        if (inside.Length is 0 or > MaxInside)
        {
            return null;
        }

        var name = inside.ToString();
        return KanjiNameByline.IsName(name) || IsInitials(inside) || Words.LooksLikePersonName(inside) ? name : null;
    }

    /// <summary>"《…》" and "〈…〉", the double and single angle brackets.</summary>
    private static bool IsPair(char open, char close) => (open, close) is ('《', '》') or ('〈', '〉');

    /// <summary>"KT", "ABC": two to four capital Latin letters.</summary>
    private static bool IsInitials(ReadOnlySpan<char> inside)
    {
        if (inside.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in inside)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
