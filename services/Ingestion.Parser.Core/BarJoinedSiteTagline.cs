namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "港湾ポータル|最新のニュースをお届け！" beside og:title "見出し|港湾ポータル": Japanese sites join a name and
/// its slogan with a bar and no spaces (SiteNameWithTagline reads the spaced " | "), and the sharing title, which ends
/// with the site's name alone after the same bar, shows which part is the name. The slogan is no part of the name.
/// </summary>
internal static class BarJoinedSiteTagline
{
    /// <summary>The name before the bar, or the site name as given when the sharing title does not end with it after a bar.</summary>
    public static string Shorten(string siteName, string? shareTitle)
    {
        if (shareTitle is null || siteName.IndexOfAny(['|', '｜']) is not (> 0 and var at) || siteName[at - 1] == ' ')
        {
            return siteName;
        }

        var name = siteName.AsSpan(0, at).Trim();
        var title = shareTitle.AsSpan().Trim();
        return name.Length >= 3 && title.Length > name.Length + 1 && title.EndsWith(name, StringComparison.Ordinal)
            && title[^(name.Length + 1)] is '|' or '｜'
            ? name.ToString()
            : siteName;
    }
}
