using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="keywords" content="harbour, ferries, tides, Nordsee, shipping, …"&gt;" over a page that shows "Topic"
/// and one link "&lt;a rel="tag"&gt;Ferries&lt;/a&gt;": the keywords meta lists the words the site wants found, and the page
/// shows and marks with <c>rel="tag"</c> the few of them it files the page under. A shown tag list outranks the keywords
/// meta; when the text's reading found no row (one link under a label is none to it), the marked links are that list.
/// Every marked link must name a keyword, fewer than the meta lists: marked links that name other words are left to the
/// rest of the reading, and all the keywords marked is <see cref="RelTagLinksOfKeywords"/>'s case (the meta's list).
/// Cost: one query for <c>a[rel~=tag]</c>, asked only where the keywords meta gave the tags and the text no row.
/// </summary>
internal static class MarkedTagsAmongKeywords
{
    /// <summary>The marked links' words in page order, or null when the page marks none or marks other words.</summary>
    public static List<string>? Find(IDocument document, IReadOnlyList<string> keywords)
    {
        List<string>? marked = null;
        foreach (var link in document.SelectAll("a[rel~='tag']"))
        {
            var text = Whitespace.Collapse(link.TextContent).Trim();
            if (!keywords.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }

            marked ??= [];
            if (!marked.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                marked.Add(text);
            }
        }

        return marked is { Count: > 0 } && marked.Count < keywords.Count ? marked : null;
    }
}
