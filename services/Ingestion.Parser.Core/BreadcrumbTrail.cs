using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="breadcrumb-list"&gt;&lt;li&gt;Home&lt;/li&gt;&lt;li&gt;Aktivitäten&lt;/li&gt;&lt;li&gt;Wandern &amp;amp; Klettern&lt;/li&gt;…":
/// a travel portal's trail over the headline. Read with the whole page, its first crumbs stood where a masthead stands,
/// and the section over the page ("Wandern &amp; Klettern") became the site. A trail names the page's place on the site,
/// never the site, the headline's writer or its time: the whole page's reading leaves the element out, as it leaves out
/// the menus.
/// </summary>
internal static class BreadcrumbTrail
{
    private static readonly WordSet TrailWords = new(["breadcrumb", "breadcrumbs", "crumbs"]);

    public static bool Is(IElement element) =>
        element.LocalName is "ul" or "ol"
        && (TrailWords.ContainsNamePart(element.ClassName ?? string.Empty) || TrailWords.ContainsNamePart(element.Id ?? string.Empty));
}
