using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;span class="photo-data"&gt;&lt;span class="byline"&gt;Publisher Books&lt;/span&gt;&lt;/span&gt;": a
/// newspaper template (Advance's Movable Type one) sets the picture's credit as the photo's byline, in a box named for the
/// photo right under the picture. The byline names who made or supplied the picture: a credit, no writer.
/// </summary>
/// <remarks>
/// Only a box that holds the byline alone as served is taken: where the same box also holds a caption ("&lt;span
/// class="caption"&gt;Name&lt;/span&gt;&lt;span class="byline"&gt;County Jail&lt;/span&gt;"), the byline is that caption's credit
/// and is read with it, and the box, once the caption is gone, is no lone byline's. The boxes are found before any caption
/// leaves the page. Cost: one compiled selector query a page for byline-classed elements, a class read on each one's parent.
/// </remarks>
internal static class PhotoBylineUnderPicture
{
    private static readonly WordSet PhotoWords = new("photo", "image", "img", "picture", "media");

    private static readonly WordSet BylineWords = new("byline");

    /// <summary>The photo boxes that hold nothing but a byline, as the page serves them; null when there are none.</summary>
    public static HashSet<IElement>? Boxes(IDocument document)
    {
        HashSet<IElement>? boxes = null;
        foreach (var byline in document.SelectAll("[class*='byline']"))
        {
            if (byline.ParentElement is { } box && IsLoneBylineBox(box))
            {
                (boxes ??= []).Add(box);
            }
        }

        return boxes;
    }

    /// <summary>The credit in the box under the picture, when it is one of <paramref name="boxes"/>; else null.</summary>
    public static string? Read(IElement below, HashSet<IElement>? boxes) =>
        boxes is not null && boxes.Contains(below) && IsLoneBylineBox(below) ? Whitespace.Collapse(below.TextContent) : null;

    private static bool IsLoneBylineBox(IElement box) =>
        box.Children is [var only] && only.Children.Length == 0
        && box.ClassName is { } boxClass && PhotoWords.ContainsNamePart(boxClass)
        && only.ClassName is { } bylineClass && BylineWords.ContainsNamePart(bylineClass)
        && Whitespace.Collapse(only.TextContent) is { Length: > 0 and < 120 } credit && credit.Length == Whitespace.Collapse(box.TextContent).Length;
}
