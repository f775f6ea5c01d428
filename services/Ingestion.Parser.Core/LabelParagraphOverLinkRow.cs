using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;p&gt;&lt;strong&gt;Mots-clés &lt;/strong&gt;&lt;/p&gt;&lt;p&gt;&lt;a&gt;Ferries&lt;/a&gt; / &lt;a&gt;Harbour&lt;/a&gt;&lt;/p&gt;&lt;/div&gt;": a
/// template sets the tag row's label as a paragraph of its own, its words bold and no colon, over a paragraph of the
/// links parted by slashes. A reader sees the label over the story's tags, as a label div over a list is read
/// (<see cref="LabelDivOverTagList"/>), and the row outranks the keywords meta. Only a known tag label counts, its
/// paragraph holding nothing else, right over a paragraph of links and separators alone, outside the site's menus and
/// rails: a label paragraph over a sentence with links in it is no tag row.
/// </summary>
internal static class LabelParagraphOverLinkRow
{
    private const int LongestLabel = 40;
    private const int LongestTag = 60;

    /// <summary>
    /// Takes such a label paragraph and its row out of the text's box: the tags were read from the page before this goes,
    /// and neither is a paragraph. Only paragraphs with at most one child element and short text are asked.
    /// </summary>
    public static void Remove(IElement root)
    {
        List<IElement>? found = null;
        foreach (var paragraph in root.GetElementsByTagName("p"))
        {
            if (paragraph.ChildElementCount <= 1 && !NodeText.IsLongerThan(paragraph, LongestLabel) && Label(paragraph) is not null)
            {
                (found ??= []).Add(paragraph);
            }
        }

        foreach (var label in found ?? [])
        {
            label.NextElementSibling?.Remove();
            label.Remove();
        }
    }

    /// <summary>The label's words when the node is such a paragraph right over such a row; null otherwise.</summary>
    public static string? Label(INode? first)
    {
        if (first is not IElement { LocalName: "p", ChildElementCount: <= 1 } label
            || label.FirstElementChild is { } inner && inner.LocalName is not ("strong" or "b" or "span")
            || label.NextElementSibling is not { LocalName: "p" } row
            || Whitespace.Collapse(label.TextContent) is not { Length: > 0 and <= LongestLabel } words
            || !LabelledTagLinks.IsKnownLabel(words.TrimEnd(':').Trim())
            || Links(row) is null
            || SiteWideRow.Holds(label))
        {
            return null;
        }

        return words;
    }

    /// <summary>The row's link texts when it holds links and nothing else but separators ("/", "|", ","); null otherwise.</summary>
    public static List<string>? Links(IElement row)
    {
        if (row.ChildElementCount == 0)
        {
            return null;
        }

        var tags = new List<string>();
        foreach (var node in row.ChildNodes)
        {
            if (node is IElement { LocalName: "a" } link && Whitespace.Collapse(link.TextContent) is { Length: > 0 and < LongestTag } tag)
            {
                tags.Add(tag);
            }
            else if (node is not IText separator || separator.Data.AsSpan().Trim(" /,·|;\u00a0\t\r\n").Length > 0)
            {
                return null;
            }
        }

        return tags;
    }
}
