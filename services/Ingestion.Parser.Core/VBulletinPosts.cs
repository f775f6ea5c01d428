using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// vBulletin's posts, each a table ("table#post203325"): the date in the "thead" row over the poster's box (name, rank,
/// "Join Date: Apr 2009", "Posts: 1,214"), then "div#post_message_203325" and a "Reply With Quote" button. Newspapers
/// that keep their readers' comments in the paper's forum print the thread so under the story. Each post is set out as a
/// comment header a reader would take from it (name, then date) over its text; the poster's box is furniture.
/// </summary>
internal static class VBulletinPosts
{
    /// <summary>Rewrites the thread's posts in place; a thread's opening post that only links to the story goes.</summary>
    public static void Normalise(IElement container)
    {
        var posts = container.SelectAll("table[id^='post']").Where(IsPost).ToList();
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            var message = post.SelectFirst("[id^='post_message_']")!;
            if (i == 0 && IsStoryLink(message))
            {
                post.Remove();
                continue;
            }

            var document = post.Owner!;
            var name = Whitespace.Collapse(post.SelectFirst(".bigusername")!.TextContent);
            var date = post.SelectFirst("td.thead") is { } head ? Whitespace.Collapse(DateOf(head)) : string.Empty;
            post.Parent!.ReplaceChild(ForumPostComment.Create(document, name, date, message), post);
        }

        VBulletin4Postbits.Normalise(container);
    }

    /// <summary>
    /// "&lt;div id="forum"&gt;&lt;h3&gt;Discuss this story in the Fan Forum&lt;/h3&gt;…&lt;div id="posts"&gt;&lt;table id="post391220"&gt;…": a
    /// thread printed from the paper's forum under a story, in a box whose class or heading names no comments. The posts'
    /// own box ("div#posts", else the box around the first post's "div#edit391220" wrapper) holds the thread; null
    /// when the page has no vBulletin post.
    /// </summary>
    public static IElement? ThreadIn(IDocument document)
    {
        var post = document.SelectAll("table[id^='post']").FirstOrDefault(IsPost) ?? VBulletin4Postbits.First(document);
        if (post is null)
        {
            return null;
        }

        return post.Nearest("#posts")
            ?? (post.ParentElement is { } wrapper && wrapper.Id?.StartsWith("edit", StringComparison.Ordinal) == true ? wrapper.ParentElement : post.ParentElement);
    }

    private static bool IsPost(IElement table) =>
        table.SelectFirst("[id^='post_message_']") is not null && table.SelectFirst(".bigusername") is not null;

    /// <summary>The thead's date: its last "div.normal" (the first holds the post's "#2" number), without the status icon.</summary>
    private static string DateOf(IElement head)
    {
        var parts = head.SelectAll("div.normal").ToList();
        return parts.Count > 0 ? parts[^1].TextContent : head.TextContent;
    }

    /// <summary>
    /// "This is a discussion thread for the story &lt;b&gt;Dredging delay …&lt;/b&gt;. &lt;a&gt;Read the full story here.&lt;/a&gt;": the
    /// forum's own post that opens a story's thread, no reader's comment.
    /// </summary>
    private static bool IsStoryLink(IElement message)
    {
        var text = Whitespace.Collapse(message.TextContent);
        return text.Length < 400 && message.SelectFirst("a[href^='http']") is not null
            && (text.Contains("discussion thread for", StringComparison.OrdinalIgnoreCase) || text.Contains("read the full story", StringComparison.OrdinalIgnoreCase)
                || text.Contains("comments on the story", StringComparison.OrdinalIgnoreCase) || text.Contains("discuss this story", StringComparison.OrdinalIgnoreCase));
    }
}
