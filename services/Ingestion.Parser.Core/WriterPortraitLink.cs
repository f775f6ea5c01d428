using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;header&gt;…&lt;a href="/by/jane-roe"&gt;&lt;img alt="Jane Roe" src="author-jane-roe-thumb.jpg"&gt;&lt;/a&gt; By Jane Roe&lt;/header&gt;":
/// the writer's portrait beside the byline in an article's header links to the writer's page, and its alt text is the
/// writer's name. A picture linking to a writer's page ("/by/…", "/author/…", "/authors/…") is no site logo, whatever
/// header it stands in.
/// </summary>
internal static class WriterPortraitLink
{
    private static readonly string[] WriterSegments = ["/by/", "/author/", "/authors/"];

    /// <summary>Whether <paramref name="image"/> stands in a link to a writer's page.</summary>
    public static bool Is(IElement image) =>
        image.Nearest("a") is { } link && link.GetAttribute("href") is { } href && IsWriterAddress(href);

    /// <summary>"https://www.site.com/by/jane-roe", "/author/jroe/": a path with a writer segment followed by a name.</summary>
    public static bool IsWriterAddress(string href)
    {
        var path = href.AsSpan();
        var scheme = path.IndexOf("//", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = path[(scheme + 2)..].IndexOf('/');
            path = slash < 0 ? [] : path[(scheme + 2 + slash)..];
        }

        foreach (var segment in WriterSegments)
        {
            var at = path.IndexOf(segment, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && path.Length > at + segment.Length && char.IsLetterOrDigit(path[at + segment.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
