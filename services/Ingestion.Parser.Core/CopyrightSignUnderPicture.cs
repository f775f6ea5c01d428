using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="picture"&gt;&lt;img&gt;&lt;div&gt;© privat&lt;/div&gt;&lt;/div&gt;": a German or French template prints the
/// picture's credit alone, after a copyright sign, in a bare element right under it ("© privat", "© dpa", "© Name").
/// Under the picture it is the picture's credit, whatever its words, also in the one child of a meta box under it
/// ("&lt;div class="single-image__meta"&gt;&lt;div class="a-copyright"&gt;© Kirchenbild&lt;/div&gt;&lt;/div&gt;"); a site's copyright
/// line holds a year or a rights notice and sits in a header or footer.
/// </summary>
internal static class CopyrightSignUnderPicture
{
    private const int MaxLength = 40;

    private const int MaxWords = 3;

    /// <summary>A rights notice after the sign ("© Alle Rechte vorbehalten") names no photographer.</summary>
    private static readonly WordSet RightsWords = new(["rights", "reserved", "rechte", "vorbehalten", "droits", "réservés", "derechos", "reservados", "riservata", "copyright"]);

    /// <summary>The credit as shown ("© privat"), when the element under the picture is one.</summary>
    public static string? Read(IElement below)
    {
        // "<div class="single-image__meta"><div class="a-copyright">© Kirchenbild</div></div>": the credit in the meta box's one child.
        for (var level = 0; level < 2 && below.Children is [var only] && below.ChildNodes.All(node => node is IElement || string.IsNullOrWhiteSpace(node.TextContent)); level++)
        {
            below = only;
        }

        if (below.ChildElementCount > 0 || NodeText.IsLongerThan(below, MaxLength * 4))
        {
            return null;
        }

        var text = Whitespace.Collapse(below.TextContent);
        if (text.Length is < 3 or > MaxLength || text[0] != '©' || text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var credit = text.AsSpan(1).Trim();
        if (credit.IsEmpty || Words.CountUpTo(credit, MaxWords + 1) > MaxWords || HoldsRightsWord(credit) || below.Nearest("header, footer, nav") is not null)
        {
            return null;
        }

        return text;
    }

    private static bool HoldsRightsWord(ReadOnlySpan<char> credit)
    {
        foreach (var range in credit.Split(' '))
        {
            if (RightsWords.Contains(credit[range].Trim(".,")))
            {
                return true;
            }
        }

        return false;
    }
}
