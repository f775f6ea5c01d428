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
/// </summary>
internal static class MenuItemByline
{
    public static bool Is(IElement byline) => byline.Nearest("nav, [role='navigation']") is not null;
}
