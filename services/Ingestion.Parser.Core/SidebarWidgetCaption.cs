using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="sidebar section" id="sidebar"&gt;&lt;div class="widget Image"&gt;&lt;h2&gt;Best Garden Blog 2018&lt;/h2&gt;&lt;img&gt;
/// &lt;span class="caption"&gt;Chosen by our readers&lt;/span&gt;": a blog's sidebar widget prints its badge's or sponsor's
/// banner with a caption the platform marks as one. The picture is the blog's, no picture of the story. A widget
/// (".widget") inside the sidebar (".sidebar", "#sidebar", ".widget-area", "#secondary") is asked for; a theme's wrapper
/// that names the sidebar beside the content ("content-sidebar-wrap") is no sidebar. The line under a picture in such a
/// widget is no caption either ("&lt;aside class="widget"&gt;&lt;li&gt;&lt;div class="pic"&gt;&lt;img&gt;&lt;/div&gt;&lt;div class="text"&gt;Name / a
/// writer's bio&lt;/div&gt;", a widget of the site's writers; <c>SidebarWidgetLine</c>).
/// A sidebar that holds an <c>h1</c> or an <c>article</c> may hold the story itself, unless that heading is a widget's own
/// ("&lt;aside class="widget"&gt;&lt;h1&gt;Editor's Picks: Photography&lt;/h1&gt;…", a WordPress theme heading its picks widget with an
/// <c>h1</c>): a heading inside one of the sidebar's widgets is that widget's. Cost: the sidebar's headings are walked only
/// for a caption found inside a sidebar widget.
/// </summary>
internal static class SidebarWidgetCaption
{
    private const string Sidebars = ".sidebar, #sidebar, .widget-area, #secondary";

    public static bool Is(IElement caption) =>
        caption.Nearest(".widget") is { } widget && widget.Nearest(Sidebars) is { } sidebar && !HoldsStoryHeading(sidebar);

    /// <summary>Whether an <c>h1</c> or <c>article</c> of the sidebar stands outside every widget of it.</summary>
    private static bool HoldsStoryHeading(IElement sidebar)
    {
        foreach (var heading in sidebar.SelectAll("h1, article"))
        {
            if (heading.Nearest(".widget") is not { } box || box == sidebar || !sidebar.Contains(box))
            {
                return true;
            }
        }

        return false;
    }
}
