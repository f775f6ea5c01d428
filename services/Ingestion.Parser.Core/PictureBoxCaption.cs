using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="picBox medium"&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;p&gt;The new plaque on the town hall&lt;/p&gt;&lt;/div&gt;": a box
/// whose class names a picture holds the picture and, in a paragraph of its own under it, the caption, with no credit
/// that <see cref="CaptionDetector"/> could know it by. Only the two of them in the box, and a short paragraph without
/// links: a picture box never holds the story's paragraphs. A health-news template sets the caption in italics after a
/// line break instead ("&lt;div class="photobox_right"&gt;&lt;img&gt;&lt;br&gt;&lt;em&gt;A new trial looks at …&lt;/em&gt;&lt;/div&gt;"):
/// the same three, the italics the box's only text; there a link to the credit's source may stand inside the italics
/// ("(&lt;a&gt;Robbing Peter&lt;/a&gt;/Flickr)"), since the italics are the box's whole text.
/// </summary>
internal static class PictureBoxCaption
{
    private static readonly string[] PictureClassParts = ["pic", "Pic", "photo", "Photo", "image", "Image", "img", "Img", "bild", "Bild", "foto", "Foto"];

    /// <summary>The element under <paramref name="picture"/> that may be its caption: its next sibling, or the one after a line break.</summary>
    public static IElement? Below(IElement picture) =>
        picture.NextElementSibling is { LocalName: "br" } lineBreak ? lineBreak.NextElementSibling : picture.NextElementSibling;

    public static string? Read(IElement picture, IElement below)
    {
        var italicAfterBreak = below.LocalName is "em" or "i" && below.PreviousElementSibling is { LocalName: "br" } lineBreak && lineBreak.PreviousElementSibling == picture;
        if ((below.LocalName != "p" && !italicAfterBreak) || below.ParentElement is not { } box || picture.ParentElement != box
            || box.ChildElementCount != (italicAfterBreak ? 3 : 2) || below.SelectFirst(italicAfterBreak ? "img" : "a, img") is not null || !NamesPicture(box.ClassName)
            || (italicAfterBreak && !LinksOnlyInClosingCredit(below)))
        {
            return null;
        }

        var text = Whitespace.Collapse(below.TextContent);
        // "<div class="photo"><img><br><em>Jane Roe</em>, who ran the shelter</div>": italics that are not the box's
        // whole text are a part of a line, no caption.
        return text.Length is > 0 and <= 300 && (!italicAfterBreak || text.Length == Whitespace.Collapse(box.TextContent).Length) ? text : null;
    }

    /// <summary>
    /// "&lt;i&gt;A mail room now. (&lt;a href="…"&gt;Robbing Peter&lt;/a&gt;/Flickr)&lt;/i&gt;": the italics under the picture may link the
    /// credit in the closing parentheses to the photographer's page; a link anywhere else ("&lt;em&gt;Read &lt;a&gt;the full
    /// study&lt;/a&gt;&lt;/em&gt;") points the reader elsewhere, no caption.
    /// </summary>
    private static bool LinksOnlyInClosingCredit(IElement italics)
    {
        if (italics.SelectFirst("a") is null)
        {
            return true;
        }

        var text = Whitespace.Collapse(italics.TextContent);
        var open = text.LastIndexOf('(');
        if (open < 1 || !text.EndsWith(')'))
        {
            return false;
        }

        foreach (var link in italics.SelectAll("a"))
        {
            if (Whitespace.Collapse(link.TextContent) is not { Length: > 0 } label || text.IndexOf(label, open, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesPicture(string? className)
    {
        if (className is null)
        {
            return false;
        }

        foreach (var part in PictureClassParts)
        {
            if (className.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
