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

    private static readonly WordSet SectionWords = new(
        "news", "local news", "breaking news", "sports", "weather", "obituaries", "obits", "classifieds", "classified", "jobs",
        "homes", "real estate", "cars", "autos", "entertainment", "events", "calendar", "deals", "coupons", "traffic", "opinion", "lifestyle");

    public static bool IsSiteList(IReadOnlyList<string> keywords)
    {
        var sections = 0;
        foreach (var keyword in keywords)
        {
            // "Science, Physics News, Science news, Technology News, …": a science site's desks, each named "… News", are its
            // sections too.
            if ((SectionWords.Contains(keyword.Trim()) || IsDeskNews(keyword.AsSpan().Trim())) && ++sections >= SectionsNeeded)
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
    public static bool NamesMenuSections(IReadOnlyList<string> keywords, IDocument document)
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

        return entries.Count > 0 && keywords.Count(keyword => entries.Contains(keyword.Trim())) >= SectionsNeeded;
    }

    /// <summary>"Physics News", "Technology news": a subject and the word "news", the name of a site's desk.</summary>
    private static bool IsDeskNews(ReadOnlySpan<char> keyword) =>
        keyword.Length is > 5 and < 30 && keyword.EndsWith(" news", StringComparison.OrdinalIgnoreCase) && keyword[..^5].IndexOf(' ') < 0;
}
