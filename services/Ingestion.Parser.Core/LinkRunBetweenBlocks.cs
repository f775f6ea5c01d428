using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;/p&gt; &lt;a href="/article/351/"&gt;Headline of an earlier story（4/4）&lt;/a&gt; &lt;a href="/article/352/"&gt;Another
/// headline（4/5）&lt;/a&gt; &lt;h2&gt;…": a weekly round-up sets links to its stories as bare anchors between the text's
/// paragraphs, side by side with nothing but white space or line breaks between them. Read as text they ran together into
/// one paragraph of headlines. Two or more links with no word between them are no sentence (a sentence puts words
/// between its links), so such a run standing between the blocks of a box of paragraphs is a list of links to other
/// pages and leaves the text. One link alone stays (a source or a document the text points to), as do links among
/// words, jump links ("#…", JumpLinkRow) and runs holding a picture or other inline markup.
/// </summary>
internal static class LinkRunBetweenBlocks
{
    private const int LeastLinks = 2;

    /// <summary>Paragraphs the box must hold as its own children: the runs sit in a text's box, not in a menu or card.</summary>
    private const int LeastParagraphs = 2;

    public static void Remove(IDocument document)
    {
        List<IElement>? runs = null;
        HashSet<IElement>? seen = null;
        foreach (var paragraph in document.GetElementsByTagName("p"))
        {
            if (paragraph.ParentElement is not { } box || !(seen ??= []).Add(box) || CountParagraphs(box) < LeastParagraphs)
            {
                continue;
            }

            CollectRuns(box, ref runs);
        }

        foreach (var link in runs ?? [])
        {
            link.Remove();
        }
    }

    private static int CountParagraphs(IElement box)
    {
        var count = 0;
        foreach (var child in box.Children)
        {
            if (child.LocalName == "p")
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Adds the anchors (and line breaks) of each run of two or more bare links between the box's blocks.</summary>
    private static void CollectRuns(IElement box, ref List<IElement>? runs)
    {
        var nodes = box.ChildNodes;
        var i = 0;
        while (i < nodes.Length)
        {
            if (!IsPageLink(nodes[i]))
            {
                i++;
                continue;
            }

            var first = i;
            var links = 0;
            while (i < nodes.Length && (IsPageLink(nodes[i]) || IsBlank(nodes[i]) || nodes[i] is IElement { LocalName: "br" }))
            {
                links += IsPageLink(nodes[i]) ? 1 : 0;
                i++;
            }

            // The run stands between blocks (or the box's edges): a word or inline element beside it makes it part of a line of text.
            if (links >= LeastLinks && StartsAfterBlock(nodes, first) && (i == nodes.Length || nodes[i] is IElement next && IsBlock(next)))
            {
                for (var j = first; j < i; j++)
                {
                    if (nodes[j] is IElement member)
                    {
                        (runs ??= []).Add(member);
                    }
                }
            }
        }
    }

    private static bool StartsAfterBlock(INodeList nodes, int start)
    {
        for (var j = start - 1; j >= 0; j--)
        {
            if (IsBlank(nodes[j]))
            {
                continue;
            }

            return nodes[j] is IElement element && IsBlock(element);
        }

        return true;
    }

    private static bool IsBlank(INode node) => node.NodeType == NodeType.Text && string.IsNullOrWhiteSpace(node.TextContent);

    private static bool IsPageLink(INode node) =>
        node is IElement { LocalName: "a" } link && link.GetAttribute("href") is { Length: > 0 } href && href[0] != '#' && link.ChildElementCount == 0
        && !string.IsNullOrWhiteSpace(link.TextContent);

    private static bool IsBlock(IElement element) =>
        element.LocalName is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table" or "figure" or "blockquote" or "section" or "hr" or "dl" or "pre";
}
