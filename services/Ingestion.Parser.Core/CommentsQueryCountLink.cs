using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="https://site/story/?comments=1"&gt;&lt;h4&gt;reader comments&lt;/h4&gt; &lt;span&gt;132&lt;/span&gt;
/// &lt;span class="visually-hidden"&gt; with 73 posters participating&lt;/span&gt;&lt;/a&gt;": a site whose thread opens on
/// the story's own address with a query asking for the comments ("?comments=1", "?view=comments") links to it with the
/// count as a badge beside the word, and a note for screen readers after it. The story's own address with such a query
/// is its thread, as "#comments" is, so the link's shown words ("reader comments 132") declare the count. Only links to
/// the page's own address (canonical link, og:url) count, so a rail of other stories' counts is never read, and every
/// such link must give the same number. Asked once per page, only when no other count link was found.
/// </summary>
internal static class CommentsQueryCountLink
{
    /// <summary>Longest shown label ("reader comments 1,204").</summary>
    private const int MaxLabelLength = 40;

    public static int? Of(IDocument document, IReadOnlyList<string> addresses)
    {
        if (addresses.Count == 0)
        {
            return null;
        }

        int? found = null;
        foreach (var link in document.SelectAll("a[href*='?']"))
        {
            var href = link.GetAttribute("href").AsSpan();
            var query = href.IndexOf('?');
            if (query <= 0 || !AsksForComments(href[(query + 1)..]) || !PageAddress.IsOneOf(href[..query], addresses))
            {
                continue;
            }

            var label = ShownLabel(link);
            if (label.Length is 0 or > MaxLabelLength || CommentHeadings.DeclaredCount(label) is not { } count)
            {
                continue;
            }

            if (found is { } earlier && earlier != count)
            {
                return null;
            }

            found = count;
        }

        return found;
    }

    /// <summary>A query with a parameter named for the comments ("comments=1", "view=comments"), before any fragment.</summary>
    private static bool AsksForComments(ReadOnlySpan<char> query)
    {
        if (query.IndexOf('#') is >= 0 and var hash)
        {
            query = query[..hash];
        }

        return query.Contains("comment", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The link's words as shown: its lines joined, what only a screen reader speaks left out.</summary>
    private static string ShownLabel(IElement link)
    {
        var lines = HtmlText.Lines(link);
        if (lines.Count == 1)
        {
            return lines[0].Text;
        }

        var words = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            words.Append(line.Text).Append(' ');
        }

        return Whitespace.Collapse(words.ToString());
    }
}
