using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="engagement"&gt;&lt;span class="likes"&gt;&lt;i class="fa fa-thumbs-o-up"&gt;&lt;/i&gt; 0&lt;/span&gt; &lt;span class="comments"&gt;&lt;i
/// class="fa fa-comments-o"&gt;&lt;/i&gt; 0&lt;/span&gt;&lt;/div&gt;" in the article's header under the headline: a speech-bubble
/// icon beside a bare number states the thread's count, as "0 Comments" would; the icon is the word. Only a badge whose
/// own class and its icon's class both name comments counts, in the header or article that holds the page's <c>h1</c>,
/// so a teaser card's badge in a rail (no <c>h1</c> beside it) and a like or share tally (an icon of another class) count
/// nothing. Read only when the page shows no thread and no other count.
/// </summary>
internal static class CommentIconCount
{
    public static int? Of(IDocument document)
    {
        foreach (var icon in document.SelectAll("i[class*='comment'], svg[class*='comment']"))
        {
            if (icon.ParentElement is not { } badge || badge.ChildElementCount != 1 || badge.LocalName is not ("span" or "div" or "a" or "li")
                || badge.ClassName is not { } badgeClass || !badgeClass.Contains("comment", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (BareCount.Of(badge.TextContent.Trim()) is { } count && badge.Nearest("header, article") is { } holder && holder.SelectFirst("h1") is not null)
            {
                return count;
            }
        }

        return null;
    }
}
