using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;nav&gt;&lt;ul id="nav"&gt;&lt;li&gt;&lt;a&gt;Rathaus&lt;/a&gt;&lt;div class="nav-content"&gt;&lt;section&gt;&lt;h1&gt;Rathaus&lt;/h1&gt;&lt;ul&gt;…&lt;/ul&gt;…":
/// a city portal's mega menu titles each section's flyout panel with an h1, before the page's own h1 in its content
/// column. A heading inside the navigation names a menu panel, never the story; the first h1 outside it is the headline.
/// </summary>
internal static class MenuPanelHeading
{
    public static bool Is(IElement heading) => heading.Nearest("nav, [role='navigation']") is not null;
}
