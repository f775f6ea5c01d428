using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="https://site.org/ortsverein/" title="Gartenfreunde Nordheide" rel="home"&gt;&lt;img alt="Gartenfreunde
/// Nordheide | Willkommen im Verein"&gt;&lt;/a&gt;" under "&lt;title&gt;Gartenfreunde Nordheide | Verein für Klein- und
/// Hausgärten&lt;/title&gt;": a WordPress theme's banner is a picture in the link it marks rel="home", the link to the
/// blog's front page, at an address of its own rather than "/". No logo class names it and its alt text adds the
/// tagline after a bar. The name the link gives (its title, its text, or its picture's alt text before the bar) is the
/// site when the document title holds it as one of its parts.
/// </summary>
internal static class RelHomeLinkInTitle
{
    public static string? Name(IDocument document)
    {
        if (DocumentTitleParts.Of(Whitespace.Collapse(document.Title)) is not { Length: >= 2 } parts)
        {
            return null;
        }

        foreach (var link in document.WithRelToken("a[rel]", "home").Take(3))
        {
            string?[] names = [link.GetAttribute("title"), link.TextContent, link.SelectFirst("img[alt]")?.GetAttribute("alt") is { } alt ? alt.Split(" | ")[0] : null];
            foreach (var name in names)
            {
                if (name is not null && Whitespace.Collapse(name) is { Length: >= 3 } shown && Words.HasLetter(shown)
                    && parts.Contains(shown, StringComparer.Ordinal))
                {
                    return shown;
                }
            }
        }

        return null;
    }
}
