using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "渡轮票价五月上涨|渡轮|票价|海港_海港订阅": a Chinese portal writes the page's keywords into the document title between
/// the headline and the site, bar-joined with no spaces, and the site after them underscore-joined
/// (<see cref="UnderscoreJoinedTitleParts"/>). Once the headline is known, bar-joined words that the keywords meta lists
/// are the search engine's, no site; the underscore-joined parts after them name the channel and the site. A part the
/// keywords meta does not list leaves the title as it was.
/// </summary>
internal static class KeywordsInDocumentTitle
{
    /// <summary><paramref name="rest"/>, the document title after the headline, from its first underscore on when every bar-joined part before it is a listed keyword.</summary>
    public static string Without(IDocument document, string rest)
    {
        // Cheap gate: a bar before an underscore, as such a title has; most titles have neither.
        var underscore = rest.IndexOf('_');
        var bar = rest.IndexOf('|');
        if (underscore <= 0 || bar < 0 || bar > underscore || document.Head is not { } head)
        {
            return rest;
        }

        string? keywords = null;
        foreach (var meta in head.SelectAll("meta[name]"))
        {
            if (string.Equals(meta.GetAttribute("name"), "keywords", StringComparison.OrdinalIgnoreCase))
            {
                keywords = meta.GetAttribute("content");
                break;
            }
        }

        if (string.IsNullOrWhiteSpace(keywords))
        {
            return rest;
        }

        var listed = keywords.Split([',', '，', ';', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var parts = rest[..underscore].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return rest;
        }

        foreach (var part in parts)
        {
            if (!listed.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                return rest;
            }
        }

        return rest[underscore..];
    }
}
