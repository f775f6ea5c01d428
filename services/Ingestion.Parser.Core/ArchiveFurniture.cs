using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// What web archives and caches put around a saved page: the Wayback Machine's toolbar, archive.today's header box
/// and its own metadata (its <c>article:published_time</c> is the capture time), Google's cache notice. Capture dates,
/// capture counts and the archive's name must never become the article's.
/// </summary>
internal static class ArchiveFurniture
{
    /// <summary>The Wayback Machine's toolbar (2013 and later markup), its print line and its donation banner.</summary>
    private static readonly string[] WaybackIds = ["wm-ipp-base", "wm-ipp", "wm-ipp-print", "donato"];

    /// <summary>How far down the first lines a text dump's archive header may end.</summary>
    private const int MaxHeaderLines = 30;

    /// <summary>Takes the archive's furniture out of the DOM; a search of the page's source first, so other pages pay no walk.</summary>
    public static void Remove(IDocument document, string html)
    {
        CachedPageHead.Restore(document, html);
        if (html.Contains("wm-ipp", StringComparison.Ordinal))
        {
            foreach (var id in WaybackIds)
            {
                document.GetElementById(id)?.Remove();
            }
        }

        // archive.today keeps only the body of the page it saved and describes the capture in the head.
        if (html.Contains("webpage capture", StringComparison.Ordinal)
            && document.GetElementById("HEADER") is { } header && header.TextContent.Contains("webpage capture", StringComparison.Ordinal))
        {
            header.Remove();
            foreach (var element in document.Head?.SelectAll("meta[property], meta[itemprop], meta[name], link[rel='canonical']").ToList() ?? [])
            {
                element.Remove();
            }
        }
    }

    /// <summary>
    /// The address a saved page's link had before the archive rewrote it: the Wayback Machine's
    /// "/web/20130926090511/http://site/" (also with a modifier, "20130926090511im_", and its own host in front) and
    /// archive.today's "http://archive.today/o/Xk3pQ/http://site/" point at "http://site/".
    /// </summary>
    public static string OriginalAddress(string href)
    {
        var wayback = href.IndexOf("/web/", StringComparison.Ordinal);
        if (wayback >= 0 && (wayback == 0 || href.AsSpan(0, wayback).Contains("archive.org", StringComparison.OrdinalIgnoreCase)))
        {
            var stamp = href.AsSpan(wayback + "/web/".Length);
            if (stamp.IndexOfAnyExceptInRange('0', '9') >= 8 && stamp.IndexOf('/') is var end and > 0)
            {
                return href[(wayback + "/web/".Length + end + 1)..];
            }
        }

        var snapshot = href.IndexOf("/o/", StringComparison.Ordinal);
        if (snapshot > 0 && href.AsSpan(0, snapshot).Contains("archive.", StringComparison.OrdinalIgnoreCase)
            && href.IndexOf('/', snapshot + "/o/".Length) is var idEnd and > 0)
        {
            return href[(idEnd + 1)..];
        }

        return href;
    }

    /// <summary>
    /// The lines above the saved page in a text dump: Google's cache notice through its search tip, or the Wayback
    /// Machine's toolbar through its "Help" link. Only the first lines are looked at.
    /// </summary>
    public static List<TextLine> SkipTextHeader(List<TextLine> lines)
    {
        var first = lines.FindIndex(line => !line.IsBlank);
        if (first < 0)
        {
            return lines;
        }

        var opening = lines[first].Text;
        var end = opening.StartsWith("This is Google's cache of ", StringComparison.OrdinalIgnoreCase)
            ? FirstLine(lines, first, "Tip: ") ?? FirstLine(lines, first, "View source") ?? first
            : opening.StartsWith("The Wayback Machine - ", StringComparison.OrdinalIgnoreCase)
                ? FirstLine(lines, first, "Help") ?? first
                : -1;
        return end < 0 ? lines : lines.GetRange(end + 1, lines.Count - end - 1);
    }

    /// <summary>The first line within reach that closes the header: the line itself, or its opening words when they end in a space.</summary>
    private static int? FirstLine(List<TextLine> lines, int first, string start)
    {
        for (var i = first + 1; i < Math.Min(lines.Count, first + MaxHeaderLines); i++)
        {
            var text = lines[i].Text;
            if (start.EndsWith(' ') ? text.StartsWith(start, StringComparison.OrdinalIgnoreCase) : text.Equals(start, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }
}
