using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline　写真1枚　国際ニュース：River News": a Japanese document title puts the picture count and the section's label
/// between the headline and the site, the label joined to the site by a full-width colon. What follows the headline is
/// then no name; where it ends, after that colon, with a logo's alt text ("&lt;img alt="River News"&gt;"), the logo's name is
/// the site. Cost: asked once per page, only of a title rest holding a full-width colon: one pass over the images'
/// alt attributes, no allocation.
/// </summary>
internal static class LogoNamedTitleTail
{
    private const int MinNameLength = 3;

    public static string? Site(IDocument document, string rest)
    {
        var colon = rest.LastIndexOf('：');
        if (colon <= 0 || rest.Length - colon - 1 < MinNameLength)
        {
            return null;
        }

        var tail = rest.AsSpan(colon + 1).Trim();
        foreach (var image in document.Images)
        {
            if (image.GetAttribute("alt") is { Length: >= MinNameLength } alt && tail.Equals(alt.AsSpan().Trim(), StringComparison.Ordinal))
            {
                return tail.ToString();
            }
        }

        return null;
    }
}
