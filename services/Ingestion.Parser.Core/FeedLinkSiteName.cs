using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;link rel="alternate" type="application/rss+xml" title="Harbour Views &#xBB; Feed" href="/feed/"&gt;": WordPress names the
/// site's main feed after the blog ("Name » Feed", beside "Name » Comments Feed"). A theme that shows its name only in a
/// logo picture without alt text, with no og:site_name, still names it there; the name counts when the page's own text
/// prints it too ("Follow Harbour Views!", "Next on Harbour Views"), so a feed named for another blog or a stale
/// install's default name gives nothing.
/// </summary>
internal static class FeedLinkSiteName
{
    private const string Suffix = " \u00BB Feed";

    public static string? Name(IDocument document)
    {
        if (document.Head is not { } head || document.Body is not { } body)
        {
            return null;
        }

        foreach (var link in head.Children)
        {
            if (link.LocalName != "link" || link.GetAttribute("title") is not { } title || !title.EndsWith(Suffix, StringComparison.Ordinal)
                || link.GetAttribute("type") is not ("application/rss+xml" or "application/atom+xml"))
            {
                continue;
            }

            var name = Whitespace.Collapse(title[..^Suffix.Length]);
            return name.Length is >= 3 and <= 40 && Words.HasLetter(name) && Words.Count(name) <= 5
                && body.TextContent.Contains(name, StringComparison.Ordinal) ? name : null;
        }

        return null;
    }
}
