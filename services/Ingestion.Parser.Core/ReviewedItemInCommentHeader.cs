using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// SPIP marks each comment up as an hReview: "&lt;div class="comment hreview"&gt;&lt;p class="comment-meta"&gt;&lt;time&gt;…&lt;/time&gt;,
/// par Name &lt;span class="item"&gt;En réponse à : &lt;a class="url fn"&gt;Headline&lt;/a&gt;&lt;/span&gt;". The microformat's "item"
/// is the thing reviewed — the story itself, named again in every header — no part of the header: left in, it ran the
/// headline into the commenter's name and no header rule read the line.
/// </summary>
internal static class ReviewedItemInCommentHeader
{
    public static void Remove(IElement container)
    {
        foreach (var item in container.SelectAll(".hreview .item").ToList())
        {
            // hReview names the reviewed thing by its "fn"; an "item" class without it is some other template's box.
            if (item.SelectFirst(".fn") is not null && NodeText.IsShorterThan(item, 300))
            {
                item.Remove();
            }
        }
    }
}
