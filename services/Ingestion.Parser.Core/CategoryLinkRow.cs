using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="postmetadata"&gt;See more: &lt;a rel="category tag"&gt;Salads&lt;/a&gt;, &lt;a rel="category tag"&gt;Summer&lt;/a&gt;&lt;/p&gt;":
/// a WordPress theme shows the post's categories under the text as a row of two or more links marked "category tag",
/// commas between them and at most a short label before them. Where the page marks no link a plain rel="tag", that row is
/// the only list of terms the reader sees, and a shown "Categories:" list is the tags, as <see cref="TagListBox.RelTagRow"/>
/// reads a row of tag links. A page with tag links leaves the categories out (<see cref="LabelledRelTagRun"/>), and a row
/// with any other word between the links (a byline, "Posted in … by Name") is not read so.
/// </summary>
internal static class CategoryLinkRow
{
    private const int LongestTag = 60;
    private const int LongestLabel = 40;

    /// <summary>The row's categories, or an empty list when the page shows no such row.</summary>
    public static List<string> Find(IDocument document)
    {
        IElement? first = null;
        foreach (var link in document.SelectAll("a[rel]"))
        {
            var rel = link.GetAttribute("rel")!;
            if (AttributeTokens.Contains(rel, "tag"))
            {
                if (!AttributeTokens.Contains(rel, "category"))
                {
                    return [];
                }

                first ??= link;
            }
        }

        if (first?.ParentElement is not { } row || TagLinkInTeaserCard.Is(first, PageAddress.Of(document)))
        {
            return [];
        }

        var tags = new List<string>();
        var seenLink = false;
        for (var node = row.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement element)
            {
                if (element.LocalName != "a" || element.GetAttribute("rel") is not { } rel || !AttributeTokens.Contains(rel, "category"))
                {
                    return [];
                }

                seenLink = true;
                var tag = Whitespace.Collapse(element.TextContent);
                if (tag.Length is > 0 and < LongestTag && !tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
                {
                    tags.Add(tag);
                }
            }
            else if (node is IText text && !IsSeparatorOrLabel(text.Data.AsSpan().Trim(), seenLink))
            {
                return [];
            }
        }

        return tags.Count >= 2 ? tags : [];
    }

    /// <summary>Commas between the links; before the first, a short label that ends in a colon ("See more:", "Categories:").</summary>
    private static bool IsSeparatorOrLabel(ReadOnlySpan<char> text, bool afterLink) =>
        text.Trim(",，、").Length == 0 || (!afterLink && text.Length <= LongestLabel && text[^1] is ':' or '：');
}
