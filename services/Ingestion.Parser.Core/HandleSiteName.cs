namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "Harbour_Live" beside twitter:site "@Harbour_Live", a logo whose alt text is "Harbour Daily" and a title
/// ending "| Harbour Daily": the share card was filled with the magazine's Twitter account, a handle no reader sees as the
/// publication's name. A share name with an underscore and no space that is the twitter:site handle (without its "@") gives way to the
/// logo's name, or else to the title's last part when that has a space; one with a space, or no handle beside it, stays.
/// </summary>
internal static class HandleSiteName
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — "];

    public static bool IsHandle(string siteName, IEnumerable<string> twitterSites)
    {
        var name = siteName.Trim();
        // "Medium" beside "@Medium", "Wired" beside "@WIRED": a one-word name is its own handle; only an underscore, which no
        // publication's name holds, shows the share card was filled with the account.
        if (name.Length == 0 || name.Contains(' ') || !name.Contains('_'))
        {
            return false;
        }

        foreach (var site in twitterSites)
        {
            var handle = site.AsSpan().Trim().TrimStart('@');
            if (handle.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The title's last part after a separator, when it has a space: "Lady Gaga's campaign | Beauty | Harbour Daily" → "Harbour Daily".</summary>
    public static string? TitleName(string? documentTitle)
    {
        if (documentTitle is null)
        {
            return null;
        }

        var title = Whitespace.Collapse(documentTitle);
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title[(at + separator.Length)..].Trim() is { Length: > 0 } last && last.Contains(' '))
            {
                return last;
            }
        }

        return null;
    }
}
