namespace Ingestion.Parser.Core;

/// <summary>
/// "By Jewish Business News Correspondent" on Jewish Business News: a site signs its desk's stories with its name and a
/// role. The byline reader parts a name from a job title glued after it, and takes a paper's title word ("Sentinel",
/// "News") for the first word of the title ("Megan Tolliver Sentinel Staff Writer"), so it kept "Jewish Business", the
/// site's name short of its last word, which no longer equals the site. A name of two words or more that is the site's
/// name without its closing paper-title word is the site's desk too, no writer.
/// </summary>
internal static class SiteNameCutAtTitleWord
{
    public static bool Is(ReadOnlySpan<char> name, ReadOnlySpan<char> siteName)
    {
        var lastSpace = siteName.LastIndexOf(' ');
        if (lastSpace <= 0 || name.IndexOf(' ') < 0 || !BylineParser.IsPaperTitleWord(siteName[(lastSpace + 1)..]))
        {
            return false;
        }

        return name.Equals(siteName[..lastSpace].TrimEnd(), StringComparison.OrdinalIgnoreCase);
    }
}
