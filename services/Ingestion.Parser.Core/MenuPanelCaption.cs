using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="sidetray-wrapper"&gt;&lt;nav class="main-navigation"&gt;…&lt;/nav&gt;&lt;div class="sidetray-blocks"&gt;…&lt;img&gt;
/// &lt;div class="image-caption"&gt;Photo: Name / Magazine&lt;/div&gt;": a template's off-canvas menu panel shows the site's menu
/// with the blogger's portrait and its credit beside it, outside the page's main and article. The picture is the
/// site's, no picture of the story. Only a panel that holds a menu of several links and neither the main nor an article
/// is one, on a page that has a main or an article for its story.
/// </summary>
internal static class MenuPanelCaption
{
    private const int LeastMenuLinks = 5;

    public static bool Is(IElement caption)
    {
        if (caption.Nearest("main, article") is not null || caption.Owner?.SelectFirst("main, article") is null)
        {
            return false;
        }

        for (var box = caption.ParentElement; box is not null && box.LocalName is not ("body" or "html"); box = box.ParentElement)
        {
            // A share row's few icons ("nav.social-icons") beside the picture are no menu: the panel is further out.
            if (box.SelectAll("nav").Any(menu => menu.GetElementsByTagName("a").Length >= LeastMenuLinks))
            {
                return box.SelectFirst("main, article") is null;
            }
        }

        return false;
    }
}
