using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// vBulletin 4's posts, each an "li.postcontainer" in "ol#posts" (its forum threads and its CMS articles' comments alike):
/// "span.postdate" ("09-26-2013, 08:15 PM") and the "#1" counter in "div.posthead", the poster's box ("a.username",
/// the rank, "Join Date", "Posts"), the text in "div#post_message_N", then "Reply With Quote" and the report button.
/// Each post is set out as a comment header a reader would take from it (name, then date) over its text; the poster's
/// box and the buttons are furniture. The board's footer ("All times are GMT -4.") gives the dates their zone.
/// </summary>
internal static class VBulletin4Postbits
{
    /// <summary>The page's first vBulletin 4 post, or null.</summary>
    public static IElement? First(IDocument document) =>
        document.SelectAll("li.postcontainer").FirstOrDefault(IsPost);

    /// <summary>Rewrites the container's vBulletin 4 posts in place.</summary>
    public static void Normalise(IElement container)
    {
        var posts = container.SelectAll("li.postcontainer").Where(IsPost).ToList();
        if (posts.Count == 0)
        {
            return;
        }

        var document = container.Owner!;
        var zone = BoardTimeZone.Of(document);
        foreach (var post in posts)
        {
            var message = post.SelectFirst("[id^='post_message_']")!;
            var name = Whitespace.Collapse(post.SelectFirst("a.username")!.TextContent);
            var date = post.SelectFirst("span.postdate") is { } shown ? Whitespace.Collapse(shown.TextContent) : string.Empty;
            if (date.Length > 0 && zone is not null)
            {
                date += " " + zone;
            }

            post.Parent!.ReplaceChild(ForumPostComment.Create(document, name, date, message), post);
        }
    }

    private static bool IsPost(IElement post) =>
        post.SelectFirst("[id^='post_message_']") is not null && post.SelectFirst("a.username") is not null;
}
