namespace Ingestion.Parser.Core;

/// <summary>
/// "publisher": {"name": "Blogger"} beside "&lt;meta name="generator" content="blogger"&gt;": a hosting platform writes
/// itself into every post's JSON-LD as the publisher; the blog's own name is the site. A publisher whose name is the
/// generator's (its first word: "WordPress 6.1.1") names the software, not the publication.
/// </summary>
internal static class PlatformPublisher
{
    public static bool Is(string site, string? generator)
    {
        if (generator is null || site.Length == 0)
        {
            return false;
        }

        var platform = generator.AsSpan().Trim();
        var space = platform.IndexOf(' ');
        if (space > 0)
        {
            platform = platform[..space];
        }

        return platform.Equals(site.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
