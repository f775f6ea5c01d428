using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="intro"&gt;&lt;a href="/digital-life"&gt;Digital Life&lt;/a&gt;&lt;/div&gt;&lt;div&gt;05/08/2019&lt;/div&gt;" over a headline:
/// the story's section, a link beside the date, reads as a name over a date line. When the same words are an entry of
/// the site's section menu (a list of five or more items of one short link each), they name a section, no writer.
/// "&lt;nav aria-labelledby="block-portal-menu"&gt;&lt;h2 class="visually-hidden"&gt;Landeskunde Nordmark&lt;/h2&gt;…" and the same words as
/// the portal's link under the masthead: the name a navigation block gives itself (its own heading, a menu's title) is
/// a part of the site, read as a bare name over the headline; no writer either.
/// </summary>
internal static class SectionMenuAuthor
{
    private const int MinMenuItems = 5;
    private const int MaxEntryWords = 3;

    /// <summary>
    /// "&lt;ul id="subnav"&gt;" of three links under the main menu, its "Latest topics" the section link beside the date
    /// ("&lt;p&gt;&lt;a href="/info/topic/"&gt;Latest topics&lt;/a&gt; 2019年3月15日 09:43&lt;/p&gt;"): a list that names itself a menu
    /// is one however few its items (NamedSubmenuEntries, a widening).
    /// </summary>
    private const int MinNamedMenuItems = 2;

    private static readonly WordSet MenuNames = new(["nav", "subnav", "menu", "submenu"]);

    public static List<string> Without(IDocument document, List<string> authors)
    {
        if (authors.Count == 0)
        {
            return authors;
        }

        HashSet<string>? entries = null;
        var kept = new List<string>(authors.Count);
        foreach (var author in authors)
        {
            entries ??= MenuEntries(document);
            if (!entries.Contains(author))
            {
                kept.Add(author);
            }
        }

        return kept.Count == authors.Count ? authors : kept;
    }

    /// <summary>
    /// SplitMenuBarPart, a widening: "&lt;nav class="global-nav"&gt;&lt;ul class="nav-main-menu"&gt;&lt;li&gt;&lt;a&gt;Home&lt;/a&gt;…&lt;/ul&gt;&lt;ul
    /// class="nav-main-menu"&gt;&lt;li&gt;&lt;a&gt;SPEED TEST&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;…": a portal's menu bar is split into lists of its
    /// own, one of a single link (a tool's, set apart by a rule), which reads as a bare name over the headline ("SPEED
    /// TEST"). A list that names itself a menu, however short, inside a nav element of five links or more is a part of
    /// the menu bar. Cost: per short named list of the page, when the text's reading named a writer, one walk up to a nav
    /// element and one count of its links.
    /// </summary>
    private static bool IsSplitMenuBarPart(IElement list) =>
        list.Children.Length > 0 && IsNamedMenu(list) && list.Nearest("nav") is { } nav && nav.SelectAll("a").Length >= MinMenuItems;

    private static bool IsNamedMenu(IElement list) =>
        (list.Id is { Length: > 0 } id && MenuNames.ContainsNamePart(id)) || (list.GetAttribute("class") is { Length: > 0 } names && MenuNames.ContainsNamePart(names));

    private static HashSet<string> MenuEntries(IDocument document)
    {
        var entries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in document.SelectAll("ul, ol"))
        {
            if (list.Children.Length < MinMenuItems && !(list.Children.Length >= MinNamedMenuItems && IsNamedMenu(list)) && !IsSplitMenuBarPart(list))
            {
                continue;
            }

            var items = new List<string>();
            foreach (var item in list.Children)
            {
                if (item is { LocalName: "li", Children: [{ LocalName: "a" } link] } && Whitespace.Collapse(link.TextContent) is { Length: > 0 } entry
                    && Words.Count(entry) <= MaxEntryWords && entry == Whitespace.Collapse(item.TextContent))
                {
                    items.Add(entry);
                }
                // "<li><a>Presse</a><ul>…</ul></li>": an entry with its sub-pages nested under it (NestedMenuItemLink).
                else if (NestedMenuItemLink.Of(item) is { } parent && Whitespace.Collapse(parent.TextContent) is { Length: > 0 } parentEntry
                    && Words.Count(parentEntry) <= MaxEntryWords)
                {
                    items.Add(parentEntry);
                }
            }

            // Most items, not all: a menu's last item is often a "More" flyout of its own.
            if (items.Count * 5 >= list.Children.Length * 4)
            {
                entries.UnionWith(items);
            }
        }

        foreach (var heading in document.SelectAll("nav > h2, nav > h3, [role='navigation'] > h2, [role='navigation'] > h3"))
        {
            if (Whitespace.Collapse(heading.TextContent) is { Length: > 0 } name && Words.Count(name) <= MaxEntryWords)
            {
                entries.Add(name);
            }
        }

        return entries;
    }
}
