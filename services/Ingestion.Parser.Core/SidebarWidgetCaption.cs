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
/// A sidebar that holds the story's heading or article wraps the story, and its captions stay; a heading inside another
/// widget of the sidebar ("&lt;aside class="widget"&gt;&lt;h1&gt;Editor's Picks&lt;/h1&gt;" over teasers) is that widget's own, no sign of
/// the story.
/// </summary>
internal static class SidebarWidgetCaption
{
    private const string Sidebars = ".sidebar, #sidebar, .widget-area, #secondary";

    private const string StoryMarks = "h1, article";

    public static bool Is(IElement caption) =>
        caption.Nearest(".widget") is { } widget && widget.Nearest(Sidebars) is { } sidebar && !HoldsStory(sidebar);

    private static bool HoldsStory(IElement sidebar)
    {
        if (sidebar.SelectFirst(StoryMarks) is null)
        {
            return false;
        }

        foreach (var mark in sidebar.SelectAll(StoryMarks))
        {
            if (mark.Nearest(".widget") is not { } widget || widget == sidebar || !sidebar.Contains(widget))
            {
                return true;
            }
        }

        return false;
    }
}
