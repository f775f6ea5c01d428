namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "Aktuálně.cz - Víte, co se právě děje" over a document title "Headline - Aktuálně.cz": the share card
/// names the site with its slogan after a dash or a bar, where the title, which the site ends with its name alone,
/// shows which part is the name. The slogan is no part of the site's name. A colon parts them too ("Gothamist: New York
/// City News, Food, Arts &amp; Events" as the application's name, the title ending ": Gothamist", the handle "@gothamist").
/// </summary>
internal static class SiteNameWithTagline
{
    private static readonly string[] Separators = [" - ", " – ", " — ", " | ", ": "];

    /// <summary>The name before the slogan, or the site name as given when the title does not end with its first part.</summary>
    public static string Shorten(string siteName, string documentTitle)
    {
        foreach (var separator in Separators)
        {
            if (siteName.IndexOf(separator, StringComparison.Ordinal) is not (> 0 and var at))
            {
                continue;
            }

            var name = siteName.AsSpan(0, at).Trim();
            var title = documentTitle.AsSpan().Trim();
            // The title ends with the name after a separator of its own ("… přehlédnout - Aktuálně.cz"), not with the whole
            // site name: the first part alone is what the site calls itself.
            if (name.Length >= 3 && title.EndsWith(name, StringComparison.Ordinal) && title.Length > name.Length
                && EndsWithSeparator(title[..^name.Length]) && !title.EndsWith(siteName, StringComparison.Ordinal))
            {
                return name.ToString();
            }
        }

        return siteName;
    }

    /// <summary>
    /// "Harbor News - Your Bay, Every Day" as the application's name beside the Twitter handle "@HarborNews": the part
    /// before the slogan, spelled without its spaces, is the site's handle, so it is the site's name.
    /// ShareNameByHandle (a widening): og:site_name "Harbor LIVE - Dein Stadtportal für Harbor" over a title that is the
    /// headline alone, beside twitter:site "@@harborlive" (a doubled sign, as a plug-in's setting writes it): the share
    /// card's name is shortened the same way, after the title and the logo have had their say.
    /// </summary>
    public static string ShortenByHandle(string siteName, IEnumerable<string> handles)
    {
        foreach (var separator in Separators)
        {
            if (siteName.IndexOf(separator, StringComparison.Ordinal) is not (> 0 and var at))
            {
                continue;
            }

            var name = siteName.AsSpan(0, at).Trim();
            var joined = string.Concat(name.ToString().Where(char.IsLetterOrDigit));
            if (joined.Length >= 3 && handles.Any(handle => string.Equals(handle.Trim().TrimStart('@'), joined, StringComparison.OrdinalIgnoreCase)))
            {
                return name.ToString();
            }
        }

        return siteName;
    }

    /// <summary>
    /// "OSS×Harbour News - 港と島の情報サイト" as og:site_name, the masthead's logo picture "&lt;img alt="港と島の情報サイト「OSS×Harbour
    /// News」"&gt;": where the title does not end with the name, the logo's alt text does name it, alone or quoted in corner
    /// brackets after its description, as Japanese sites write "description「name」" (LogoNamedSite, a widening).
    /// </summary>
    public static string ShortenByLogo(string siteName, AngleSharp.Dom.IDocument document)
    {
        string? alt = null;
        foreach (var separator in Separators)
        {
            if (siteName.IndexOf(separator, StringComparison.Ordinal) is not (> 0 and var at))
            {
                continue;
            }

            var name = siteName.AsSpan(0, at).Trim().ToString();
            alt ??= LogoAlt(document) ?? string.Empty;
            if (name.Length >= 3 && alt.Length > 0 && (alt == name || alt.Contains('「' + name + '」', StringComparison.Ordinal) || alt.Contains('『' + name + '』', StringComparison.Ordinal)))
            {
                return name;
            }
        }

        return siteName;
    }

    /// <summary>The alt text of the first picture in a box whose id or class names it the logo or the site's id.</summary>
    private static string? LogoAlt(AngleSharp.Dom.IDocument document) =>
        document.SelectFirst("[id*='logo'] img[alt], [class*='logo'] img[alt], [id='site-id'] img[alt], [class~='site-id'] img[alt]")?.GetAttribute("alt") is { } alt
            ? Whitespace.Collapse(alt)
            : null;

    private static bool EndsWithSeparator(ReadOnlySpan<char> before)
    {
        foreach (var separator in Separators)
        {
            if (before.EndsWith(separator, StringComparison.Ordinal) || (separator == ": " && before.EndsWith(":", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
