using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;header class="entry-header"&gt;&lt;h1&gt;…&lt;/h1&gt;&lt;div class="entry-meta social-comments"&gt;By &lt;a rel="author"&gt;Name&lt;/a&gt; •
/// date&lt;/div&gt;": a theme names the byline row under the headline for the comment-count and share widgets it places
/// there. A box standing in the headline's own <c>header</c>, beside the <c>h1</c>, is the entry's meta row, never a reader's
/// comment and no thread (a thread stands under the text, not beside the headline): the comment reader does not take it
/// for the thread's box, and the byline in it still names the writer.
/// </summary>
internal static class CommentClassedHeaderRow
{
    public static bool Is(IElement holder)
    {
        if (holder.ParentElement is not { LocalName: "header" } header)
        {
            return false;
        }

        for (var child = header.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == "h1")
            {
                return true;
            }
        }

        return false;
    }
}
