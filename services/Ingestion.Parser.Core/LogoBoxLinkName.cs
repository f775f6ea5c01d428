using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;header&gt;&lt;div class="css-1x84rct-LogoContainer"&gt;&lt;a href="https://www.site.com/"&gt;&lt;span&gt;Harbourside&lt;/span&gt;&lt;svg&gt;…":
/// a site that draws its logo as inline SVG names itself in the home link's text (for screen readers), no alt text
/// carrying it. The one link to the front page inside the header's logo box, its text a short name (an SVG's own title
/// aside), is the site's name; asked only where no share card, logo picture or document title names the site.
/// </summary>
internal static class LogoBoxLinkName
{
    private const int MaxNameWords = 4;
    private const int MaxNameLength = 40;

    public static string? Name(IDocument document)
    {
        // The page's few header boxes first, then their logo boxes: a selector with a descendant step would test every
        // element of the page for its class and then its ancestors.
        foreach (var header in document.SelectAll("header, [role='banner']"))
        {
            if (LinkName(header) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static string? LinkName(IElement header)
    {
        foreach (var box in header.SelectAll("[class*='logo'], [class*='Logo']"))
        {
            if (box.LocalName == "a" || box.SelectAll("a[href]") is not [var link] || !PaperLogoLink.IsFrontPage(link.GetAttribute("href")!))
            {
                continue;
            }

            // The box holds the link and nothing else to read: "Harbourside" beside a tagline is no bare name.
            // An SVG logo's own "<title>Site.com Logo</title>" describes the drawing; the name is the link's other text.
            var name = ShownText(link);
            if (name.Length is > 0 and <= MaxNameLength && Words.Count(name) <= MaxNameWords && ShownText(box) == name
                && char.IsLetterOrDigit(name[0]))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The element's text outside any inline SVG, whitespace collapsed.</summary>
    private static string ShownText(IElement element)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in element.Descendants<IText>())
        {
            if (node.ParentElement?.Nearest("svg") is null)
            {
                text.Append(node.Data).Append(' ');
            }
        }

        return Whitespace.Collapse(text.ToString());
    }
}
