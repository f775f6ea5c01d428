using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A rendered Livefyre stream (2012–2015) saved with its comments but without their times: "&lt;article
/// class="fyre-comment-article"&gt;" holding "&lt;a class="fyre-comment-username"&gt;name&lt;/a&gt;" in its header and the text in
/// "&lt;div class="fyre-comment"&gt;", replies in the item's "fyre-comment-replies" box. Read as lines, the bare name over the
/// text is a header no line rule takes (a Livefyre thread with "time.fyre-comment-date" is read so, as h32's), so a stream
/// none of whose items shows a time is read as its markup names the parts, as the Disqus plugin's served copy is. Cost:
/// asked once per page with a comment box: one selector query for the items, then one for the name and text of each.
/// </summary>
internal static class LivefyreUntimedComments
{
    private const string ItemClass = "fyre-comment-article";

    /// <summary>The stream's comments in page order, or null when the box holds no untimed Livefyre items.</summary>
    public static IReadOnlyList<ParsedComment>? Read(IElement container)
    {
        var items = container.SelectAll("article.fyre-comment-article");
        if (items.Length == 0 || container.SelectFirst(".fyre-comment-article time, .fyre-comment-article .fyre-comment-date") is not null)
        {
            return null;
        }

        var threader = new CommentThreader();
        foreach (var item in items)
        {
            if (item.SelectFirst(".fyre-comment") is not { } message || Owner(message) != item)
            {
                continue;
            }

            var paragraphs = HtmlText.Lines(message).Select(line => Whitespace.Collapse(line.Text).Trim()).Where(text => text.Length > 0).ToList();
            if (paragraphs.Count == 0)
            {
                continue;
            }

            var name = item.SelectFirst(".fyre-comment-username") is { } user && Owner(user) == item ? Whitespace.Collapse(user.TextContent).Trim() : null;
            threader.Add(Depth(item, container), string.IsNullOrEmpty(name) ? null : name, postedAt: null, paragraphs);
        }

        return threader.Finish();
    }

    /// <summary>The count the stream's header states ("2 comments" in "div.fyre-comment-count"), or null.</summary>
    public static int? StatedCount(IElement container) =>
        container.SelectFirst(".fyre-comment-count") is { } count ? CommentHeadings.DeclaredCount(Whitespace.Collapse(count.TextContent)) : null;

    /// <summary>The comment item a part belongs to: the nearest item around it.</summary>
    private static IElement? Owner(IElement part)
    {
        for (var parent = part.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "article" && parent.ClassList.Contains(ItemClass))
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>How many comment items hold this one, up to the stream's box.</summary>
    private static int Depth(IElement item, IElement container)
    {
        var depth = 0;
        for (var parent = item.ParentElement; parent is not null && parent != container; parent = parent.ParentElement)
        {
            if (parent.LocalName == "article" && parent.ClassList.Contains(ItemClass))
            {
                depth++;
            }
        }

        return depth;
    }
}
