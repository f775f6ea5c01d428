namespace Ingestion.Parser.Core;

/// <summary>
/// "Knieschoner - Beispiel Sport GmbH" in og:title beside og:site_name "Beispiel Sport GmbH", the h1 "Knieschoner": an SEO
/// plug-in's title template appends the site's name after a separator, and the page's heading shows the part before it
/// alone. A headline this short (one word, under the twenty characters a suffixed title's shown part needs) was kept
/// with the suffix: the title must be exactly the shown heading, a separator and the site's name, so a heading that is
/// only a piece of a longer title keeps its own tests. Cost: two span comparisons per h1.
/// </summary>
internal static class ShortHeadlineBeforeSiteName
{
    public static bool Is(string title, string shown, string? site)
    {
        if (site is not { Length: > 0 } || shown.Length == 0 || title.Length != shown.Length + 3 + site.Length
            || !title.StartsWith(shown, StringComparison.Ordinal) || !title.EndsWith(site, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return TitleSeparator.Opens(title.AsSpan(shown.Length));
    }
}
