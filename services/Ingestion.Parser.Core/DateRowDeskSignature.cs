using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h5 class="article-posted-date"&gt;11/28/2016 11:00 AM PST BY HARBOR STAFF&lt;/h5&gt;": the template's date row ends
/// with the byline, and the byline names the newsroom's desk ("… Staff", "… Desk"), no person. The story is signed by the
/// desk, so it has no writer, and no other name-like line of the page (a sidebar widget's title) is read as one in its
/// place. Only the row's own text is read: its share and comment-count boxes are children of their own.
/// Asked only when no reader found a writer (<see cref="DeskOnlyByline"/> reads a byline element that names the desk alone).
/// </summary>
internal static class DateRowDeskSignature
{
    private const string Rows = "[class*='date'], [class*='posted'], [class*='byline']";

    private const int MaxLength = 120;

    public static bool Signs(IDocument document, Func<IElement, bool> isInComment)
    {
        foreach (var row in document.SelectAll(Rows))
        {
            if (row.LocalName is "body" or "html" or "meta" or "time" || row.Nearest("nav, footer") is not null || isInComment(row))
            {
                continue;
            }

            if (OwnText(row) is { } text && IsDateThenDesk(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"11/28/2016 11:00 AM PST BY HARBOR STAFF", "March 3, 2014 by Metro Desk": a date, then "by" and a desk's name.</summary>
    public static bool IsDateThenDesk(string text)
    {
        var by = text.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by <= 0)
        {
            return false;
        }

        var desk = text[(by + 4)..].Trim();
        var date = text.AsSpan(0, by).Trim().TrimEnd(" |·•-–—,");
        return SignedByDesk.Is(desk) && Words.HasDigit(date) && DateLineParser.TryParseLine(date, out _);
    }

    /// <summary>The row's own text nodes, collapsed; null when they hold no letter or run too long to be a date row.</summary>
    private static string? OwnText(IElement row)
    {
        string? text = null;
        for (var node = row.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node.NodeType == NodeType.Text && node.TextContent.AsSpan().Trim().Length > 0)
            {
                text = text is null ? node.TextContent : text + " " + node.TextContent;
                if (text.Length > MaxLength * 2)
                {
                    return null;
                }
            }
        }

        return text is null ? null : Whitespace.Collapse(text) is { Length: > 0 and <= MaxLength } collapsed ? collapsed : null;
    }
}
