using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="navi_top_ressorts"&gt;&lt;li&gt;&lt;a&gt;Security&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;Open Source&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;" over the
/// date line: a menu of section links, named so by its class or id, is no byline, though its last item ("Open Source")
/// looks like a name standing over the date. Only a list of nothing but one link per item is a menu; an item may hold its
/// sub-menu under the link ("&lt;li&gt;&lt;a&gt;Garden&lt;/a&gt;&lt;ul class="sub-menu"&gt;…&lt;/ul&gt;&lt;/li&gt;"), as a
/// WordPress menu nests its sections' pages, and the sub-menu goes with the menu. A drop-down menu may open each sub-menu
/// with an empty item that only spaces it from its parent ("&lt;li class="aufklapp_abstand"&gt;&lt;/li&gt;"); an empty item holds
/// no line, so it keeps no list from being a menu, as long as the list has a link item. A drop-down menu may also set its
/// items in columns ("&lt;ul class="c-nav-list__sub-items"&gt;&lt;div class="c-nav-list__col"&gt;&lt;li&gt;&lt;a&gt;Culture&lt;/a&gt;&lt;/li&gt;…&lt;/div&gt;…"):
/// a column box holding nothing but link items is part of the menu (<see cref="IsMenuColumn"/>), so the "Topics" label over it
/// heads no tag list.
/// </summary>
internal static class NavigationList
{
    private static readonly WordSet MenuWords = new(["nav", "navi", "navigation", "menu", "mainnav", "subnav", "topnav", "ressorts"]);

    public static bool Is(IElement element) =>
        element.LocalName is "ul" or "ol" && IsNamedMenu(element) && element.Children.Length >= 3
        && IsLinkList(element);

    private static bool IsLinkList(IElement list) => list.Children.All(item => IsLinkItem(item) || IsSpacerItem(item) || IsMenuColumn(item)) && list.Children.Any(item => IsLinkItem(item) || IsMenuColumn(item));

    /// <summary>A column box of a drop-down menu: a <c>div</c> of link items (and spacers) only, at least one a link.</summary>
    private static bool IsMenuColumn(IElement column) =>
        column.LocalName == "div" && column.ChildElementCount > 0 && column.Children.All(item => IsLinkItem(item) || IsSpacerItem(item)) && column.Children.Any(IsLinkItem);

    private static bool IsLinkItem(IElement item) =>
        item.LocalName == "li" && item.FirstElementChild is { LocalName: "a" } link
        && (item.Children.Length == 1 || (item.Children.Length == 2 && link.NextElementSibling is { LocalName: "ul" or "ol" } subMenu && IsLinkList(subMenu)));

    private static bool IsSpacerItem(IElement item) => item.LocalName == "li" && item.ChildElementCount == 0 && string.IsNullOrWhiteSpace(item.TextContent);

    private static bool IsNamedMenu(IElement element) =>
        IsMenuName(element.ClassName) || IsMenuName(element.Id)
        || (element.ParentElement is { } parent && (IsMenuName(parent.Id) || IsMenuName(parent.ClassName)));

    // "nav-list" or, in a camel-case template, "navList" (CamelCaseMenuName).
    private static bool IsMenuName(string? names) =>
        names is { Length: > 0 } && (MenuWords.ContainsNamePart(names) || CamelCaseMenuName.Has(names, MenuWords));
}
