using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;nav class="topics__tags--list"&gt;&lt;ul id="menu-themen-tags"&gt;&lt;li class="menu-item menu-item-type-taxonomy
/// menu-item-object-post_tag"&gt;&lt;a href="/tag/harbour/"&gt;Harbour&lt;/a&gt;&lt;/li&gt;…": a WordPress menu (wp_nav_menu,
/// each item classed "menu-item-type-…") that the theme's header flyout calls its topics' tags lists the site's chosen
/// topics on every page, not the story's tags, though its box is classed as a tag list. WordPress prints a post's own
/// tags with <c>the_tags</c> or a terms block, never as menu items.
/// Cost: one class read of the link's parent for each link the tag-list walk would take.
/// </summary>
internal static class WordPressMenuItemLink
{
    public static bool Is(IElement link) =>
        link.ParentElement is { LocalName: "li" } item && item.GetAttribute("class") is { } names
        && names.Contains("menu-item-type-", StringComparison.Ordinal);
}
