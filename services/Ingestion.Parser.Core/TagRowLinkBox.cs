using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;Related Roundup: &lt;a&gt;Tablets&lt;/a&gt; &lt;br&gt;Tags: &lt;a&gt;a&lt;/a&gt;, &lt;a&gt;b&lt;/a&gt; &lt;br&gt;Buyer's Guide:
/// &lt;a&gt;Tablet (Caution)&lt;/a&gt;&lt;/div&gt;" closing the text: a box of rows set apart by line breaks, each a short label
/// with its colon and then only links, one of them the story's tag row. The rows beside the tags (the site's guide and
/// topic pages) are links of the same box, no paragraph; the tags were read from the page before this goes. A box holding
/// any run of plain words beyond a label (a sentence of the text with a link in it) is not this box. Asked of each line
/// break's parent in the text's box, once per parent: a look at its child nodes, no allocation but the break list.
/// </summary>
internal static class TagRowLinkBox
{
    private const int MaxLabelWords = 4;

    public static void Remove(IElement root)
    {
        IElement? asked = null;
        List<IElement>? boxes = null;
        foreach (var lineBreak in root.GetElementsByTagName("br"))
        {
            if (lineBreak.ParentElement is not { } parent || parent == asked)
            {
                continue;
            }

            asked = parent;
            if (parent != root && IsBox(parent))
            {
                (boxes ??= []).Add(parent);
            }
        }

        if (boxes is null)
        {
            return;
        }

        foreach (var box in boxes)
        {
            box.Remove();
        }
    }

    /// <summary>Every row a label then links, at least two rows, one labelled as the tags.</summary>
    private static bool IsBox(IElement box)
    {
        var rows = 0;
        var tagRow = false;
        var expectLabel = true;
        var linksInRow = 0;
        foreach (var node in box.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                if (!expectLabel && linksInRow == 0)
                {
                    return false;
                }

                if (!expectLabel)
                {
                    rows++;
                }

                expectLabel = true;
                linksInRow = 0;
                continue;
            }

            if (node is IElement { LocalName: "a" })
            {
                if (expectLabel)
                {
                    return false;
                }

                linksInRow++;
                continue;
            }

            if (node is IElement)
            {
                return false;
            }

            var text = node.TextContent.AsSpan().Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            if (!expectLabel)
            {
                // ", " between two tag links; any other words in a row are text.
                if (text is "," or "|" or "·" or "•")
                {
                    continue;
                }

                return false;
            }

            if (text is not [.., ':'] || Words.Count(text) > MaxLabelWords + 1 || !char.IsUpper(text[0]))
            {
                return false;
            }

            tagRow |= LabelledTagLinks.IsKnownLabel(text[..^1].Trim().ToString());
            expectLabel = false;
        }

        if (!expectLabel && linksInRow > 0)
        {
            rows++;
        }
        else if (!expectLabel)
        {
            return false;
        }

        return tagRow && rows >= 2;
    }
}
