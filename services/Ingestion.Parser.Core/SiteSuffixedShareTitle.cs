namespace Ingestion.Parser.Core;

/// <summary>
/// "Island Ferries | Harbour Ferry Company" in og:title beside og:site_name "Harbour Ferry Company", and no heading that
/// shows the headline alone: an SEO plug-in's title template (Yoast's "%%title%% %%sep%% %%sitename%%") appends the site's
/// name after a separator, and the headline is the part before it. Asked last, once the page's headings gave no shown
/// headline; the part before must hold two words or more ("News | Site" stays whole).
/// </summary>
internal static class SiteSuffixedShareTitle
{
    private const int LeastWords = 2;

    /// <summary>The headline before the site's name, or null where the title does not end with it after a separator.</summary>
    public static string? Headline(string title, string? site)
    {
        if (site is not { Length: > 0 } || title.Length <= site.Length + 3 || !title.EndsWith(site, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var before = title.AsSpan(0, title.Length - site.Length);
        if (before is not [.., ' '] || !TitleSeparator.Ends(before[..^1]))
        {
            return null;
        }

        var headline = before[..^3].TrimEnd();
        return Words.CountUpTo(headline, LeastWords) >= LeastWords ? headline.ToString() : null;
    }
}
