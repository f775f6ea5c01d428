using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;…the text.&lt;/p&gt;&lt;span id="jump-2"&gt;&amp;nbsp;&lt;/span&gt;&lt;h2&gt;Bright colours:&lt;/h2&gt;&lt;figure&gt;&lt;img&gt;&lt;figcaption&gt;…&lt;/figcaption&gt;
/// &lt;/figure&gt;&lt;p&gt;The text goes on…&lt;/p&gt;": a magazine's crosshead ending in a colon stands over the section's picture,
/// a jump anchor of its table of contents right before it. The picture is no block of the text (its caption goes to the
/// captions) and the anchor shows nothing, so the crosshead still heads the paragraph under the picture and follows the
/// paragraph before the anchor, as <see cref="ColonLeadInElement"/> reads a crosshead with nothing between. Only a
/// heading looks past them; a paragraph's lead-in heads the list right under it. Cost: a step or two over siblings.
/// </summary>
internal static class CrossheadOverPicture
{
    /// <summary>The block the crosshead heads: its next sibling, past the section's pictures.</summary>
    public static IElement? BlockAfter(IElement heading)
    {
        var next = heading.NextElementSibling;
        while (next is { LocalName: "figure" })
        {
            next = next.NextElementSibling;
        }

        return next;
    }

    /// <summary>The block before the crosshead: its previous sibling, past empty anchors that show nothing.</summary>
    public static IElement? BlockBefore(IElement heading)
    {
        var before = heading.PreviousElementSibling;
        while (before is { LocalName: "span" or "a", Children.Length: 0 } && before.TextContent.AsSpan().Trim().IsEmpty)
        {
            before = before.PreviousElementSibling;
        }

        return before;
    }
}
