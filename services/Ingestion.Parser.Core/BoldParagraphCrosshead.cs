using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;em&gt;&lt;strong&gt;GRANTS/DONATIONS&lt;/strong&gt;&lt;/em&gt;&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;…&lt;p&gt;&lt;strong&gt;NEW BUSINESS&lt;/strong&gt;&lt;/p&gt;…
/// &lt;p&gt;&lt;strong&gt;NEW PARTNERSHIP&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;…": a roundup of notes written in a plain editor sets its section
/// heads as paragraphs wholly in bold, not as headings. The first of them, at the top of the text's box, was read with
/// the header's lines and lost while its later siblings stayed as body, as <see cref="OpeningCrosshead"/> found for
/// `h2` crossheads; a paragraph that is all bold (its whole text inside one run of `strong`/`b`, with `em`/`i` around it
/// or in it) and has at least two later sibling paragraphs of the same shape is such a crosshead. A lone bold paragraph
/// over the text (a deck or a kicker in bold) has no such siblings and stays out. Cost: asked only when the opening
/// child of the text's box is a `p`: a walk down its single-child chain, then one pass over its later siblings with the
/// same walk each; no allocation.
/// </summary>
internal static class BoldParagraphCrosshead
{
    private const int MinLaterCrossheads = 2;

    /// <summary>Whether <paramref name="paragraph"/> is a bold crosshead with at least two later bold crossheads beside it.</summary>
    public static bool IsOpeningOfRun(IElement paragraph)
    {
        if (!IsBold(paragraph))
        {
            return false;
        }

        var later = 0;
        for (var sibling = paragraph.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (IsBold(sibling) && sibling.NextElementSibling is not null && ++later >= MinLaterCrossheads)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A `p` whose whole text is one bold run: its only child chain of `strong`/`b`/`em`/`i` holds all of it, a `strong` or `b` among them.</summary>
    internal static bool IsBold(IElement paragraph)
    {
        if (paragraph.LocalName != "p")
        {
            return false;
        }

        var length = paragraph.TextContent.AsSpan().Trim().Length;
        if (length is 0 or > 120)
        {
            return false;
        }

        var bold = false;
        var element = paragraph;
        while (element.Children.Length == 1 && element.Children[0] is { LocalName: "strong" or "b" or "em" or "i" } child
            && child.TextContent.AsSpan().Trim().Length == length)
        {
            bold |= child.LocalName is "strong" or "b";
            element = child;
        }

        return bold && element.Children.Length == 0;
    }
}
