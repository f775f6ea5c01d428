using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline - Subtitle | Lakeside Works - Web design . Training" over a masthead "&lt;header&gt;&lt;h1&gt;&lt;object&gt;&lt;img
/// alt="Lakeside Works"&gt;&lt;/object&gt;&lt;span&gt;Web design . Training&lt;/span&gt;&lt;/h1&gt;": a hand-made template puts the
/// site's name and its tagline after the headline and its subtitle, and shows the name only as the logo's alt text, the
/// logo linked to nothing (so <see cref="PageNameInTitle"/>'s front-page link does not name it). The title part the
/// masthead's logo spells, letter for letter, is the site; the tagline and the subtitle beside it are not. Only an image
/// in the page's header or h1, outside the article, counts: a picture in the story may carry the headline as its alt.
/// Cost: one pass over the page's images, only for a title rest of two parts or more that no front-page link named.
/// </summary>
internal static class MastheadLogoTitlePart
{
    private const int MinNameLength = 3;

    public static string? Part(IDocument document, string[] parts)
    {
        foreach (var image in document.Images)
        {
            if (image.GetAttribute("alt") is not { Length: >= MinNameLength } alt)
            {
                continue;
            }

            var name = alt.AsSpan().Trim();
            foreach (var part in parts)
            {
                if (part.AsSpan().Equals(name, StringComparison.Ordinal) && image.Nearest("header, h1") is not null && image.Nearest("article, main") is null)
                {
                    return part;
                }
            }
        }

        return null;
    }
}
