namespace Ingestion.Parser.Core;

/// <summary>
/// "author": {"@type": "Person", "name": "jane.roe"} over a comment whose last paragraph closes "… bleibt spannend. (Jane P.
/// Roe) +++": a regional portal's CMS fills the JSON-LD author with the account that posted the story, the writer's first
/// and last name in small letters joined by a dot, while the text is signed with the name as the writer writes it. The
/// signature in brackets whose first and last words are the login's two parts is the writer; a login no signature spells
/// stays as it was.
/// </summary>
internal static class DottedLoginSignedInText
{
    /// <summary>How many closing paragraphs may hold the signature.</summary>
    private const int ClosingParagraphs = 3;

    private const int LongestLogin = 40;

    /// <summary>Longest bracket read as a signature ("(Jane P. Roe-Smith)").</summary>
    private const int LongestSignature = 60;

    /// <summary>The name signed in brackets under the text that spells <paramref name="login"/>; else null.</summary>
    public static string? SignedName(string login, IReadOnlyList<string> body)
    {
        var dot = login.IndexOf('.');
        if (!IsDottedLogin(login, dot))
        {
            return null;
        }

        var first = login.AsSpan(0, dot);
        var last = login.AsSpan(dot + 1);
        for (var at = body.Count - 1; at >= 0 && at >= body.Count - ClosingParagraphs; at--)
        {
            var paragraph = body[at];
            for (var open = paragraph.IndexOf('('); open >= 0; open = paragraph.IndexOf('(', open + 1))
            {
                var close = paragraph.IndexOf(')', open + 1);
                if (close < 0)
                {
                    break;
                }

                if (close - open - 1 is > 0 and <= LongestSignature && paragraph.AsSpan(open + 1, close - open - 1).Trim() is var name && Spells(name, first, last))
                {
                    return name.ToString();
                }
            }
        }

        return null;
    }

    /// <summary>"jane.roe": two runs of small letters, each of two at least, joined by one dot.</summary>
    private static bool IsDottedLogin(string login, int dot)
    {
        if (login.Length > LongestLogin || dot < 2 || dot > login.Length - 3)
        {
            return false;
        }

        for (var i = 0; i < login.Length; i++)
        {
            if (i != dot && !char.IsLower(login[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Jane P. Roe": two to four capitalised words, the first <paramref name="first"/> and the last <paramref name="last"/>.</summary>
    private static bool Spells(ReadOnlySpan<char> name, ReadOnlySpan<char> first, ReadOnlySpan<char> last)
    {
        var words = Words.CountUpTo(name, 5);
        if (words is < 2 or > 4)
        {
            return false;
        }

        var firstEnd = name.IndexOf(' ');
        var lastStart = name.LastIndexOf(' ') + 1;
        return char.IsUpper(name[0]) && char.IsUpper(name[lastStart])
            && name[..firstEnd].Equals(first, StringComparison.OrdinalIgnoreCase) && name[lastStart..].Equals(last, StringComparison.OrdinalIgnoreCase);
    }
}
