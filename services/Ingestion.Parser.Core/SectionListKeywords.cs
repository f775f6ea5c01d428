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
            if (SectionWords.Contains(keyword.Trim()) && ++sections >= SectionsNeeded)
            {
                return true;
            }
        }

        return false;
    }
}
