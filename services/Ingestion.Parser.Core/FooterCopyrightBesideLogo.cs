using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;footer&gt;…&lt;div class="footer__copyright"&gt;&lt;a&gt;&lt;img alt="Logo"&gt;&lt;/a&gt;&lt;p class="footer__copyright__text"&gt;© 2016
/// Example Inc.&lt;/p&gt;&lt;/div&gt;&lt;/footer&gt;": the page footer's copyright line beside the site's logo is classed as a
/// copyright, as a picture's credit is, and stands right under a picture; but it is the site's notice, no credit of a
/// picture of the story. A credit-classed element in a page footer (one not inside a figure or an article) that opens
/// with a copyright sign or word and holds a year is one. Cost: asked only of a credit-classed element right under a
/// picture: a first-character test, a year scan and one <c>Nearest</c>.
/// </summary>
internal static class FooterCopyrightBesideLogo
{
    public static bool Is(IElement below, string text)
    {
        if (text.Length < 6 || !(CopyrightNotice.Opens(text) || text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
            || !HoldsYear(text))
        {
            return false;
        }

        return below.Nearest("footer") is { } footer && footer.ParentElement?.Nearest("figure, article") is null;
    }

    private static bool HoldsYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (text[i] is '1' or '2' && text[i + 1] is '9' or '0' && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                return true;
            }
        }

        return false;
    }
}
