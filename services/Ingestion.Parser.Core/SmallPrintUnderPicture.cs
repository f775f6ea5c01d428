namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="col600c"&gt;&lt;a name="…"&gt;&lt;/a&gt;&lt;a href="l_photo.jpg"&gt;&lt;img&gt;&lt;/a&gt; &lt;small&gt;The new ferry at the
/// town pier&lt;/small&gt;&lt;/div&gt;": a template that sets the caption in small print right under the picture, the box's
/// last element, marks it by nothing else — no class, no credit word for <see cref="CaptionDetector"/>. Small print under
/// a picture is its caption when it is plain text (no link, no block inside) of at most <see cref="MaxLength"/>
/// characters and closes the box; small print with a link, or followed by more of the box, is left to the other readers.
/// </summary>
internal static class SmallPrintUnderPicture
{
    /// <summary>Longest caption read so.</summary>
    private const int MaxLength = 300;

    /// <summary>Whether <paramref name="below"/>, the element right under a picture, is its caption in small print.</summary>
    public static bool Is(AngleSharp.Dom.IElement? below)
    {
        if (below is not { LocalName: "small", NextElementSibling: null } || below.SelectFirst("a, p, div, img, ul, table") is not null)
        {
            return false;
        }

        var length = below.TextContent.AsSpan().Trim().Length;
        return length is > 0 and <= MaxLength;
    }

    /// <summary>
    /// The caption in small print under <paramref name="picture"/>, or null: a <c>small</c> right under it (<see cref="Is"/>),
    /// or, widened as <c>RaisedOrLoweredPrintCaption</c>, "&lt;p&gt;&lt;img&gt; &lt;sub&gt;Divers check their gear at the
    /// quay&lt;/sub&gt;&lt;/p&gt;" and "&lt;p&gt;&lt;img&gt;&lt;br&gt;&lt;sup&gt;Relatives wait at the pier (Agency)&lt;/sup&gt;&lt;/p&gt;": a live
    /// blog's editor sets the caption in raised or lowered small print closing the picture's paragraph, past a line break
    /// or not. A <c>sup</c> or <c>sub</c> counts only with three words or more, so a footnote mark after a picture stays text.
    /// </summary>
    public static AngleSharp.Dom.IElement? Below(AngleSharp.Dom.IElement picture)
    {
        var below = picture.NextElementSibling;
        if (Is(below))
        {
            return below;
        }

        if (below is { LocalName: "br" })
        {
            below = below.NextElementSibling;
        }

        if (below is not { LocalName: "sup" or "sub", NextElementSibling: null } || below.ChildElementCount > 0)
        {
            return null;
        }

        var text = below.TextContent.AsSpan().Trim();
        return text.Length is > 0 and <= MaxLength && Words.CountUpTo(text, 3) >= 3 ? below : null;
    }
}
