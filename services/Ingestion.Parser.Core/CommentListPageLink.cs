namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/CommentList.naver?blogId=…&amp;logNo=…" class="btn_reply"&gt;댓글 &lt;em&gt;1&lt;/em&gt;&lt;/a&gt;": a blog platform keeps a
/// post's comments on a page of their own and links to it from the row under the text with the thread's count, as a news
/// ticker links its forum (<see cref="ForumLinkCount"/>). The page shows none of them, but the count is the post's. Only
/// the address's path names the comment page ("CommentList.naver", "/story/881/comments", "comments.php"): a fragment
/// ("…/post/#comments") points into the page itself, and a word in the query names nothing.
/// </summary>
internal static class CommentListPageLink
{
    public static bool Is(string? href)
    {
        if (href is null)
        {
            return false;
        }

        var path = href.AsSpan();
        var end = path.IndexOfAny('?', '#');
        path = (end >= 0 ? path[..end] : path).TrimEnd('/');
        var slash = path.LastIndexOf('/');
        var last = slash >= 0 ? path[(slash + 1)..] : path;
        return last.StartsWith("comment", StringComparison.OrdinalIgnoreCase);
    }
}
