using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="picBox medium"&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;p&gt;The new plaque on the town hall&lt;/p&gt;&lt;/div&gt;": a box
/// whose class names a picture holds the picture and, in a paragraph of its own under it, the caption, with no credit
/// that <see cref="CaptionDetector"/> could know it by. Only the two of them in the box, and a short paragraph without
/// links: a picture box never holds the story's paragraphs.
/// </summary>
internal static class PictureBoxCaption
{
    private static readonly string[] PictureClassParts = ["pic", "Pic", "photo", "Photo", "image", "Image", "img", "Img", "bild", "Bild", "foto", "Foto"];

    public static string? Read(IElement picture, IElement below)
    {
        if (below.LocalName != "p" || below.ParentElement is not { } box || picture.ParentElement != box || box.ChildElementCount != 2
            || below.SelectFirst("a, img") is not null || !NamesPicture(box.ClassName))
        {
            return null;
        }

        return Whitespace.Collapse(below.TextContent) is { Length: > 0 and <= 300 } text ? text : null;
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
