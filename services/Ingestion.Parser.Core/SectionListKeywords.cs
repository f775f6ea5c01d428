using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Fairhaven, Marlow County, news, sports, obituaries, classifieds, jobs, homes, cars": a keywords meta that lists the
/// site's sections and marketplaces is the template's list for every page, not the article's tags, even where it does not
/// name the site. Three such section words tell it; a story's own keywords name one at most ("high school sports").
/// </summary>
internal static class SectionListKeywords
{
    private const int SectionsNeeded = 3;

    /// <summary>Menu entries needed in a long list no part of which the page prints (MenuSectionsOfLongList).</summary>
    private const int LongListSectionsNeeded = 2;

    /// <summary>Fewest entries of such a long list.</summary>
    private const int LongListEntries = 5;

    private static readonly WordSet SectionWords = new(
        "news", "local news", "breaking news", "sports", "weather", "obituaries", "obits", "classifieds", "classified", "jobs",
        "homes", "real estate", "cars", "autos", "entertainment", "events", "calendar", "deals", "coupons", "traffic", "opinion", "lifestyle");

    public static bool IsSiteList(IReadOnlyList<string> keywords)
    {
        var sections = 0;
        foreach (var keyword in keywords)
        {
            // "Science, Physics News, Science news, Technology News, …": a science site's desks, each named "… News", are its
            // sections too, as are a video section's kinds of clip ("news videos") and a blog section's blogs.
            if ((SectionWords.Contains(keyword.Trim()) || SectionKindKeyword.IsSection(keyword.AsSpan().Trim())) && ++sections >= SectionsNeeded)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Statik, Holzbau, Stahlbau, Glasbau, Bauleitung" on a company's service page whose menu reads "Büro · Holzbau ·
    /// Stahlbau · Glasbau · Kontakt": a keywords meta naming three of the site's own menu entries lists its departments,
    /// the template's list for every page, not the page's tags. Only lists the page names a menu count (a class or id
    /// with "nav" or "menu", every item a link).
    /// </summary>
    public static bool NamesMenuSections(IReadOnlyList<string> keywords, IDocument document, string? description = null)
    {
        if (keywords.Count < SectionsNeeded)
        {
            return false;
        }

        var entries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in document.SelectAll("ul, ol"))
        {
            if (NavigationList.Is(list))
            {
                foreach (var link in list.SelectAll("a"))
                {
                    entries.Add(Whitespace.Collapse(link.TextContent));
                }
            }
        }

        if (entries.Count > 0 && keywords.Count(keyword => entries.Contains(keyword.Trim())) >= SectionsNeeded)
        {
            return true;
        }

        if (!IsLongUnprintedList(keywords, document.Title, description))
        {
            return false;
        }

        // A long list the page prints nowhere: any link of a nav element is a menu entry, a one-link list's too.
        foreach (var link in document.SelectAll("nav a"))
        {
            entries.Add(Whitespace.Collapse(link.TextContent));
        }

        return keywords.Count(keyword => entries.Contains(keyword.Trim())) >= LongListSectionsNeeded;
    }

    /// <summary>
    /// A long list that the page prints nowhere (a widening of <see cref="NamesMenuSections"/>, MenuSectionsOfLongList):
    /// "Tech,Business,Entertainment,Life,Shopping,SPEED TEST,Events" in a portal's keywords over a gadget review whose
    /// menu bar links "Gadgets", "SPEED TEST" (a tool, a one-link list of its own) and "Entertainment": a portal lists all
    /// its top sections in every page's keywords, and its menu shows some of them under other names (its desks'
    /// sub-sections), so fewer than three are entries of a menu list word for word. A list of five entries or more, none
    /// of which the document title or the description prints, names the site's sections when two of them are the text of
    /// a link in a nav element: a story's own keywords share a topic with its headline or its summary. Risk: a story's
    /// long list naming two menu sections and nothing of its headline. Cost: once per page whose keywords name fewer than
    /// three menu entries: a substring search of the title and the description per entry and, for a long list printed
    /// nowhere, one query for the nav elements' links.
    /// </summary>
    private static bool IsLongUnprintedList(IReadOnlyList<string> keywords, string? title, string? description)
    {
        if (keywords.Count < LongListEntries)
        {
            return false;
        }

        foreach (var keyword in keywords)
        {
            var entry = keyword.Trim();
            if (entry.Length > 0 && ((title?.Contains(entry, StringComparison.OrdinalIgnoreCase) ?? false) || (description?.Contains(entry, StringComparison.OrdinalIgnoreCase) ?? false)))
            {
                return false;
            }
        }

        return true;
    }
}
