using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// phpBB 3's posts ("div.post" &gt; "div.postbody"): the subject "Re: headline", then "by Name » Mon Mar 11, 2013 8:02 am"
/// in "p.author", then "div.content", beside the poster's box ("Posts: 37", "Joined: …"). Sites that keep their readers'
/// comments in a phpBB forum print the story's topic under it, with no comment container around the posts. The posts
/// are gathered into one thread, each set out as a reader would take it (name, then date, over its text); the subject,
/// the report and quote buttons and the poster's box are furniture. The board's footer ("All times are UTC - 5 hours")
/// gives the dates their zone.
/// </summary>
internal static class PhpBbPosts
{
    /// <summary>
    /// Gathers the page's phpBB posts into a "div.comments" thread where the first of them stood; returns the number of
    /// posts the topic's pagination declares, or null.
    /// </summary>
    public static int? Gather(IDocument document)
    {
        var posts = document.SelectAll("div.post").Where(IsPost).ToList();
        if (posts.Count == 0 || posts[0].ParentElement is not { } parent)
        {
            return null;
        }

        var declared = DeclaredCount(document);

        var zone = BoardTimeZone.Of(document);
        var thread = document.CreateElement("div");
        thread.ClassName = "comments";
        parent.InsertBefore(thread, posts[0]);
        foreach (var post in posts)
        {
            thread.AppendChild(Rewritten(document, post, zone));
            post.Remove();
        }

        return declared;
    }

    /// <summary>"4 posts • Page 1 of 1": the topic's pagination, over and under the posts, counts them.</summary>
    internal static int? DeclaredCount(IDocument document)
    {
        foreach (var pagination in document.SelectAll("div.pagination"))
        {
            var text = Whitespace.Collapse(pagination.TextContent);
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && text.AsSpan(space).StartsWith(" post", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(text.AsSpan(0, space), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }
        }

        return null;
    }

    private static bool IsPost(IElement post) =>
        post.SelectFirst("div.postbody p.author") is not null && post.SelectFirst("div.postbody div.content") is not null;

    private static IElement Rewritten(IDocument document, IElement post, string? zone)
    {
        var header = post.SelectFirst("div.postbody p.author")!;
        var content = post.SelectFirst("div.postbody div.content")!;
        var name = Whitespace.Collapse(header.SelectFirst("strong")?.TextContent ?? string.Empty);
        var shown = Whitespace.Collapse(header.TextContent);
        var mark = shown.IndexOf('»');
        var date = mark < 0 ? string.Empty : shown[(mark + 1)..].Trim();
        if (date.Length > 0 && zone is not null)
        {
            date += " " + zone;
        }

        UnfoldQuotes(document, content);
        return ForumPostComment.Create(document, name, date, content);
    }

    /// <summary>
    /// "&lt;blockquote&gt;&lt;div&gt;&lt;cite&gt;Tom Wexford wrote:&lt;/cite&gt;Get the engineer in …&lt;/div&gt;&lt;/blockquote&gt;I did.":
    /// the quote is the post's first paragraph, its "Name wrote:" label and the quoted words on one line, as a reader
    /// quotes it; the answer under it is a paragraph of its own.
    /// </summary>
    private static void UnfoldQuotes(IDocument document, IElement content)
    {
        foreach (var quote in content.SelectAll("blockquote").ToList())
        {
            var cite = quote.SelectFirst("cite");
            var label = cite is null ? string.Empty : Whitespace.Collapse(cite.TextContent);
            cite?.Remove();
            var paragraph = document.CreateElement("p");
            paragraph.TextContent = Whitespace.Collapse(label + " " + quote.TextContent);
            quote.Parent!.ReplaceChild(paragraph, quote);
        }
    }
}
