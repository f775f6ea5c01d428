using System.Globalization;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="util-bar-comment-count"&gt;181&lt;/span&gt;", "&lt;span class="share-count-comments"&gt;181&lt;/span&gt;
/// COMMENT": a tool bar's comments button prints the thread's count as a bare number in an element its class names a
/// comment count, over a thread that loads on a click. Where the page shows no thread and states no count otherwise, the
/// number is the declared count, as a "Comments (181)" button's is. Rails list other stories' counts the same way, so
/// counts inside navigation, asides, footers and rails are left, and two numbers that differ give none. A count in a link
/// is the link rules' to read (ThreadLinkCount, IconBesideCountLink): only they know whether it leads to this page's
/// thread or another story's. CommentsInfoCount (a widening): "&lt;div class="share-tool-icon"&gt;&lt;svg/&gt;&lt;div
/// class="comments-info"&gt;0&lt;/div&gt;&lt;/div&gt;", a share bar's speech-bubble icon over the thread's count, the class naming
/// the thread's figures as "comments-count" does; a comment's own "comment-info" box holds its header, no bare number.
/// Cost: asked only
/// of a page with no shown thread and no other count: one selector query, answered without a walk on a page with no
/// such class.
/// </summary>
internal static class CommentCountButton
{
    private const string CountClasses =
        "[class*='comment-count'], [class*='comments-count'], [class*='count-comments'], [class*='comment_count'], [class*='comments_count'], "
        + "[class*='commentcount'], [class*='commentCount'], [class*='CommentCount'], [class*='comments-info']";

    private const string OtherStories = "nav, aside, footer, [class*='rail'], [class*='related'], [class*='popular'], [class*='most-'], [class*='trending'], [class*='teaser']";

    private const int LongestCount = 7;

    public static int? Count(IDocument document)
    {
        int? found = null;
        foreach (var element in document.SelectAll(CountClasses))
        {
            if (element.ChildElementCount != 0 || element.TextContent.AsSpan().Trim() is not { Length: > 0 and <= LongestCount } text
                || !int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count) || AmongOtherStories(element)
                || element.Nearest("a") is not null)
            {
                continue;
            }

            if (found is { } earlier && earlier != count)
            {
                return null;
            }

            found = count;
        }

        return found;
    }

    /// <summary>
    /// Inside navigation, an aside, a rail or the page's footer; the story's own meta footer under its headline is none of
    /// them (<see cref="StoryMetaFooter"/>), but what holds that footer is asked too.
    /// </summary>
    private static bool AmongOtherStories(IElement element) =>
        element.Nearest(OtherStories) is { } other && (!StoryMetaFooter.Is(other) || other.ParentElement?.Nearest(OtherStories) is not null);
}
