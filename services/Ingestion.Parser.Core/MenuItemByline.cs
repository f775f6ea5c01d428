using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;nav&gt;&lt;ul&gt;&lt;li class="author-interviews"&gt;&lt;a href="/sections/author-interviews/"&gt;Author Interviews&lt;/a&gt;&lt;/li&gt;":
/// a menu names the site's sections, and a section named for authors matches the loose "[class*='author']" byline
/// class before the story's own byline further down. Nothing inside a navigation menu (a &lt;nav&gt; element or an
/// element whose role says navigation) signs the story, so no byline is read there.
/// "&lt;nav&gt;…&lt;a href="#"&gt;Personalities&lt;/a&gt;&lt;ul class="sub-menu"&gt;&lt;li&gt;&lt;a href="/author/jane-roe/"&gt;Jane Roe&lt;/a&gt;":
/// a station's menu links its anchors' writer pages; the first link to a writer's page, read when no byline is marked,
/// is never taken from a menu either (MenuWriterLink, a widening).
/// "&lt;div class="main_nav"&gt;&lt;div class="nav_holder"&gt;&lt;div class="nav_item sprite_authors"&gt;&lt;a&gt;Authors&lt;/a&gt;": a
/// template of 2008–2012 builds its menu of divs, marked only by their classes; an element whose class, or a class of one of
/// its three nearest ancestors, has "nav", "navi", "navigation", "navbar" or "menu" for a part is a menu entry too
/// (NavClassedMenuEntry, a widening). Only that close: a page-wide wrapper ("has-nav") says nothing of a byline deep in it.
/// Cost: asked only of byline candidates; four class reads each.
/// </summary>
internal static class MenuItemByline
{
    private const int AncestorsAsked = 3;

    private static readonly WordSet MenuClassParts = new("nav", "navi", "navigation", "navbar", "menu");

    public static bool Is(IElement byline) => byline.Nearest("nav, [role='navigation']") is not null || IsNavClassedMenuEntry(byline);

    private static bool IsNavClassedMenuEntry(IElement byline)
    {
        var element = byline;
        for (var step = 0; step <= AncestorsAsked && element is not null && element.LocalName is not ("body" or "html"); step++, element = element.ParentElement)
        {
            if (element.ClassName is { Length: > 0 } className && MenuClassParts.ContainsNamePart(className))
            {
                return true;
            }
        }

        return false;
    }
}
