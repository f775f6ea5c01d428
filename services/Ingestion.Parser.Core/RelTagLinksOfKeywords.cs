using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="keywords" content="Ferries; Tides; Harbours"&gt;" and, in the rail, "Related Topics" over "&lt;a
/// href="/news/sea/"&gt;Sea &amp;amp; Coast&lt;/a&gt;&lt;ul&gt;&lt;li&gt;&lt;a rel="tag"&gt;Ferries&lt;/a&gt;…": the page marks its tag
/// links with <c>rel="tag"</c>, and they are the keywords meta's tags, every one. The shown row read as lines takes the
/// section the tags are filed under, its heading over them, for a tag as well; where the marked links and the meta agree,
/// the meta's list is the tag list. A page whose marked links name other words, or fewer, is left to the shown row.
/// Cost: one query for <c>a[rel~=tag]</c> on a page whose tags came from the keywords meta and whose text shows a tag row.
/// </summary>
internal static class RelTagLinksOfKeywords
{
    private const int LeastTags = 2;

    public static bool Agree(IDocument document, IReadOnlyList<string> keywords)
    {
        if (keywords.Count < LeastTags)
        {
            return false;
        }

        // Every marked link names a keyword, and every keyword is marked once at least (a tag row repeated in the rail
        // marks each twice).
        var marked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var link in document.SelectAll("a[rel~='tag']"))
        {
            var text = Whitespace.Collapse(link.TextContent).Trim();
            if (!Contains(keywords, text))
            {
                return false;
            }

            marked.Add(text);
        }

        return keywords.All(marked.Contains);
    }

    private static bool Contains(IReadOnlyList<string> keywords, string text)
    {
        foreach (var keyword in keywords)
        {
            if (string.Equals(keyword, text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
