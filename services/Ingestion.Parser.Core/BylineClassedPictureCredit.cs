using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="photo-data"&gt;&lt;a&gt;View full size&lt;/a&gt;&lt;span class="caption"&gt;Name&lt;/span&gt;&lt;span
/// class="byline"&gt;County Jail&lt;/span&gt;&lt;/span&gt;": a newspaper network's inline picture box (Advance's Movable Type
/// template) classes the picture's credit "byline", the photographer's or source's line, and sets it right after the
/// caption. Read as the picture's credit it joins the caption in one entry, as a credit-classed element there does.
/// Only such an element that closes the picture's box (nothing after it), shows plain words (no element inside it, a
/// credit's length) and does not open as a writer's byline ("By …") is taken: a story header's byline set under the lead
/// picture's caption is followed by the text, or opens with its label, and stays where the byline is read.
/// Cost: asked only of a caption's next element when that is no credit-classed one: a class read, a parent walk of two
/// steps looking for the picture.
/// </summary>
internal static class BylineClassedPictureCredit
{
    private static readonly WordSet BylineClass = new("byline");

    /// <summary>A credit's length; a writer's line with a role or a sentence is longer.</summary>
    private const int LongestCredit = 80;

    /// <summary>Whether <paramref name="next"/>, the element shown right after <paramref name="caption"/>, is its picture's credit.</summary>
    public static bool Is(IElement caption, IElement next) =>
        BylineClass.ContainsNamePart(next.ClassName) && next.Children.Length == 0 && next.NextElementSibling is null
        && Whitespace.Collapse(next.TextContent) is { Length: > 0 and <= LongestCredit } credit && !BylineParser.OpensAsByline(credit)
        && InPictureBox(caption);

    /// <summary>The caption's box, or the box around it, holds the picture.</summary>
    private static bool InPictureBox(IElement caption)
    {
        var box = caption.ParentElement;
        for (var level = 0; box is not null && level < 2; level++, box = box.ParentElement)
        {
            if (box.SelectFirst("img, picture") is not null)
            {
                return true;
            }
        }

        return false;
    }
}
