using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="navi_top_ressorts"&gt;&lt;li&gt;&lt;a&gt;Security&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;Open Source&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;" over the
/// date line: a menu of section links, named so by its class or id, is no byline, though its last item ("Open Source")
/// looks like a name standing over the date. Only a list of nothing but one link per item is a menu.
/// </summary>
internal static class NavigationList
{
    private static readonly WordSet MenuWords = new(["nav", "navi", "navigation", "menu", "mainnav", "subnav", "topnav", "ressorts"]);

    public static bool Is(IElement element) =>
        element.LocalName is "ul" or "ol" && IsNamedMenu(element) && element.Children.Length >= 3
        && element.Children.All(item => item.LocalName == "li" && item.Children.Length == 1 && item.FirstElementChild!.LocalName == "a");

    private static bool IsNamedMenu(IElement element) =>
        MenuWords.ContainsNamePart(element.ClassName ?? string.Empty) || MenuWords.ContainsNamePart(element.Id ?? string.Empty)
        || (element.ParentElement is { } parent && (MenuWords.ContainsNamePart(parent.Id ?? string.Empty) || MenuWords.ContainsNamePart(parent.ClassName ?? string.Empty)));
}
