using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="comment-list"&gt;…&lt;/ul&gt;&lt;a href="…?mode=comments"&gt;View all 34 comments&lt;/a&gt;": a mobile or
/// teaser template shows the first few comments and, right under their list, a link to the whole thread that carries
/// its count; the list found by its class leaves the link outside it.
/// </summary>
internal static class ThreadLinkAfterList
{
    /// <summary>A sort note or an ad slot may stand between the list and the link.</summary>
    private const int SiblingsToLookAt = 2;

    public static int? CountAfter(IElement list)
    {
        var next = list.NextElementSibling;
        for (var step = 0; step < SiblingsToLookAt && next is not null; step++, next = next.NextElementSibling)
        {
            var link = next.LocalName == "a" ? next : next.ChildElementCount == 1 ? next.FirstElementChild as IElement : null;
            if (link is { LocalName: "a" } && Whitespace.Collapse(next.TextContent) is { Length: < 60 } label
                && AllCommentsLinkCount.Read(label) is { } count)
            {
                return count;
            }
        }

        return null;
    }
}
