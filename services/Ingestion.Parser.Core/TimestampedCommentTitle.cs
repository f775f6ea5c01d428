using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="comment-title"&gt;&lt;a href="/user/8466-Name"&gt;Name&lt;/a&gt; · &lt;span class="comment-timestamp"
/// title="2020-05-19T17:52:00Z"&gt;2020-05-19T17:52:00Z&lt;/span&gt;&lt;/div&gt;": some comment systems class the whole header
/// row, the commenter's name and the time, a comment's "title". A subject is the reader's own words over the text; a
/// row that holds the comment's time (a <c>time</c> element, or an element classed for the time or date) is its header,
/// which the line rules read for the name and the time, and no subject to drop.
/// </summary>
internal static class TimestampedCommentTitle
{
    public static bool Is(IElement title) => title.SelectFirst("time, [class*='time'], [class*='date']") is not null;
}
