using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="elementor-widget-posts" data-widget_type="posts.cards"&gt;&lt;article class="elementor-post"&gt;…&lt;div
/// class="elementor-post__badge"&gt;Harbour&lt;/div&gt;…": Elementor's posts widget, a page builder's box of cards for other
/// posts (a thumbnail, a category badge, perhaps a title) that a theme sets in a sidebar or under the text. A sidebar of
/// such boxes under a "Themen" heading printed its badges one per line under the heading, and they were read as the
/// story's tags. The widget names itself by its type ("posts.cards", "posts.classic", "posts.full_content"): other
/// posts, never the story's own text.
/// </summary>
internal static class PageBuilderPostsWidget
{
    public static void Remove(IDocument document)
    {
        foreach (var widget in document.SelectAll("[data-widget_type^='posts.']").ToList())
        {
            widget.Remove();
        }
    }
}
