namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "http://www.gossipwire.com": a share card that names the site by its web address gives no name as readers know
/// it. The document title's suffix spells the same address as the site calls itself ("… | GossipWire.com"); without one, the
/// other names the page gives (its application-name meta, its logo) answer.
/// </summary>
internal static class SiteNameAddress
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: "];

    /// <summary>Whether the site name is a web address ("http://www.site.com", "https://site.com/").</summary>
    public static bool Is(string siteName) =>
        siteName.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || siteName.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The title's suffix when it spells the address's host (with or without "www."), else null.</summary>
    public static string? TitleSpelling(string address, string title)
    {
        var host = address.AsSpan(address.IndexOf("://", StringComparison.Ordinal) + 3).TrimEnd('/');
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        if (host.IsEmpty || host.Contains('/'))
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var suffix = title.AsSpan(at + separator.Length).Trim();
                if (suffix.Equals(host, StringComparison.OrdinalIgnoreCase) || (suffix.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && suffix[4..].Equals(host, StringComparison.OrdinalIgnoreCase)))
                {
                    return suffix.ToString();
                }
            }
        }

        return null;
    }
}
