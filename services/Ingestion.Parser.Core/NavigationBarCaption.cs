using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="site-navigation__account-menu"&gt;…&lt;span class="site-navigation__account-menu-caption"&gt;My Account&lt;/span&gt;",
/// "&lt;span class="site-navigation__start-a-wiki-caption"&gt;Start a Wiki&lt;/span&gt;": a design system names the label of a
/// menu button its "caption", so the site's navigation bar gave the page's captions its buttons' words. A caption-classed
/// element inside the navigation (a <c>nav</c>, a <c>role="navigation"</c> box or a box classed for the navigation) and
/// outside the story's main, article and figures labels a control, no picture: no caption, and no text.
/// Cost: asked only of elements already taken for captions: one walk up their ancestors.
/// </summary>
internal static class NavigationBarCaption
{
    public static bool Is(IElement caption) =>
        caption.LocalName != "figcaption"
        && caption.Nearest("nav, [role='navigation'], [class*='navigation']") is not null
        && caption.Nearest("main, article, figure") is null;
}
