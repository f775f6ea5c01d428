using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline - River News (River Broadcasting Corporation)" under a masthead whose logo reads "River News": a public
/// broadcaster's document title spells out its owner in parentheses after the site's name. Where the logo's alt text
/// is the name before the parentheses, that name is the site; the owner is no part of it. Cost: asked once per page,
/// only of a title rest that ends with a closing parenthesis: one pass over the images' alt attributes, no allocation.
/// </summary>
internal static class OwnerAfterLogoNameInTitle
{
    private const int MinNameLength = 3;

    public static string? Site(IDocument document, string rest)
    {
        if (rest is not [.., ')'] || rest.LastIndexOf(" (", StringComparison.Ordinal) is not (>= MinNameLength and var open))
        {
            return null;
        }

        var name = rest.AsSpan(0, open).Trim();
        foreach (var image in document.Images)
        {
            if (image.GetAttribute("alt") is { Length: >= MinNameLength } alt && name.Equals(alt.AsSpan().Trim(), StringComparison.Ordinal))
            {
                return name.ToString();
            }
        }

        return null;
    }
}
