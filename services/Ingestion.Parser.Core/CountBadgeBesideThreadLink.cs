using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="#comentarios"&gt;Comentarios&lt;/a&gt; &lt;span&gt;15&lt;/span&gt;": a story's tool row links to the thread by the
/// bare word and prints the count in a badge right after the link, so the link's own words state no count. The badge's
/// number is the count when the link's words are a plain comments heading ("Comments", "Comentarios", "Kommentare") and
/// the badge is the link's next element with nothing but space between them, holding a number alone. A badge holding
/// anything more ("15 new"), or a link naming anything else ("Share"), counts nothing. Asked only of links to the thread
/// whose words gave no count, so a page's count links cost nothing more.
/// </summary>
internal static class CountBadgeBesideThreadLink
{
    public static int? Of(IElement link, string label)
    {
        if (link.NextElementSibling is not { LocalName: "span" or "strong" or "b" or "em" or "small" } badge
            || CommentHeadings.Classify(label) != CommentHeadings.Kind.Plain)
        {
            return null;
        }

        // Only space between the link and its badge: "<a>Comments</a> on <span>15</span> stories" is no badge.
        for (var node = link.NextSibling; node is not null && node != badge; node = node.NextSibling)
        {
            if (node.NodeType != NodeType.Text || !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return null;
            }
        }

        return BareCount.Of(badge.TextContent.Trim());
    }
}
