using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="sidebar"&gt;&lt;ul&gt;&lt;li&gt;June Agenda&lt;ul&gt;&lt;li&gt;&lt;a href="/category/radishes/"&gt;&lt;img&gt;&lt;/a&gt;&lt;/li&gt;&lt;center&gt;
/// &lt;figcaption&gt;Radishes&lt;/figcaption&gt;&lt;/center&gt;…": a classic WordPress theme's sidebar column, set as bare lists with no
/// ".widget" box (which <see cref="SidebarWidgetCaption"/> asks for), labels the blog's own link pictures (its categories,
/// its book, its shop) with captions. They are no pictures of the story. Only the column the theme names by the id
/// "sidebar" is asked, one outside any post or article box and holding no headline or article of its own: a "sidebar"
/// class also names a box story set inside the text.
/// </summary>
internal static class SidebarColumnCaption
{
    public static bool Is(IElement caption) =>
        caption.Nearest("#sidebar") is { } sidebar && sidebar.ParentElement?.Nearest("article, .post, .hentry, .entry-content") is null
        && sidebar.SelectFirst("h1, article") is null;
}
