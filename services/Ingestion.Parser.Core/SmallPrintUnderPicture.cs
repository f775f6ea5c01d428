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
}
