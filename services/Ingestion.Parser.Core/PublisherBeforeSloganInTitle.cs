using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline - Site.de - Ihr unabhängiges Portal" as the document title beside the head's publisher or copyright meta
/// "site.de": the title ends with the site's name and its slogan, and the meta, naming the publisher alone, shows
/// where the name ends. The slogan is no part of the site (as <see cref="SiteNameWithTagline"/> finds for a share
/// card's name). A title rest whose first part the metas do not name is left as it is. Cost: asked once per page, only
/// of a title rest with a separator: one pass over the head's named metas.
/// </summary>
internal static class PublisherBeforeSloganInTitle
{
    private const int MinNameLength = 3;

    private static readonly string[] PublisherMetaNames = ["publisher", "copyright", "dc.publisher"];

    public static string? Site(IDocument document, string rest)
    {
        if (document.Head is not { } head)
        {
            return null;
        }

        if (TitleSeparator.FirstIn(rest) is not (>= MinNameLength and var at))
        {
            return null;
        }

        var name = rest.AsSpan(0, at).Trim();
        foreach (var meta in head.SelectAll("meta[name]"))
        {
            if (PublisherMetaNames.Contains(meta.GetAttribute("name")?.Trim(), StringComparer.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { } content && name.Equals(content.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return name.ToString();
            }
        }

        return null;
    }
}
