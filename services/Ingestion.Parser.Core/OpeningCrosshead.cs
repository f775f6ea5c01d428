using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div itemprop="articleBody"&gt;&lt;figure&gt;…&lt;/figure&gt;&lt;h2&gt;Filtration by respirators and cloth&lt;/h2&gt;&lt;p&gt;…&lt;/p&gt;…
/// &lt;h2&gt;Masks in the real world&lt;/h2&gt;&lt;p&gt;…&lt;/p&gt;…&lt;h2&gt;Cloth masks&lt;/h2&gt;&lt;p&gt;…": a text divided into sections by
/// crossheads of one level may open with one, right at the top of its box (a second page of a long feature starts so).
/// Read as lines, everything over the first prose is the header's (kicker, deck, byline), so the first crosshead went
/// with the header lines while its siblings stayed as body, as crossheads are (h44). A heading that opens the text's box,
/// stands over a paragraph, and has at least two later headings of its own level in the same box, each over a
/// paragraph, is the text's first crosshead, so it is put back before the paragraph it heads. A lone heading over the
/// text (a deck set as a heading) has no such siblings and stays out. Cost: once per page with a content root: a walk
/// down the first children with text, then one pass over the heading's later siblings; no allocation but the two texts.
/// </summary>
internal static class OpeningCrosshead
{
    private const int MaxLength = 120;
    private const int MinLaterCrossheads = 2;

    /// <summary>The body with the opening crosshead of <paramref name="root"/> put back before the paragraph it heads, when it is missing.</summary>
    public static List<string> Restored(IElement? root, List<string> body)
    {
        if (root is null || body.Count < 3 || (Of(root) ?? InSectionBoxes(root)) is not { } found || body.Contains(found.Heading))
        {
            return body;
        }

        var first = body.IndexOf(found.Paragraph);
        if (first != 0)
        {
            return body;
        }

        List<string> restored = [found.Heading, .. body];
        return restored;
    }

    private static (string Heading, string Paragraph)? Of(IElement root)
    {
        var box = root;
        for (var depth = 0; depth < 4; depth++)
        {
            var opening = FirstWithText(box);
            if (opening is null)
            {
                return null;
            }

            if (opening.LocalName is "div" or "section")
            {
                box = opening;
                continue;
            }

            // "<p><strong>GRANTS/DONATIONS</strong></p>": a section head set as a bold paragraph (BoldParagraphCrosshead).
            var boldRun = opening.LocalName == "p" && BoldParagraphCrosshead.IsOpeningOfRun(opening);
            if ((!boldRun && opening.LocalName is not ("h2" or "h3" or "h4")) || !IsCrosshead(opening) || opening.NextElementSibling is not { LocalName: "p" } paragraph
                || Whitespace.Collapse(paragraph.TextContent) is not { Length: > 0 } text || (!boldRun && !HasLaterCrossheads(opening)))
            {
                return null;
            }

            return (Whitespace.Collapse(opening.TextContent), text);
        }

        return null;
    }

    /// <summary>
    /// Section boxes (a widening): "&lt;h1&gt;Headline&lt;/h1&gt;&lt;div class="dek"&gt;…&lt;/div&gt;&lt;section&gt;&lt;h2&gt;First shop&lt;/h2&gt;&lt;div&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;&lt;/section&gt;
    /// &lt;section&gt;&lt;h2&gt;Second shop&lt;/h2&gt;…": a slideshow printed on one page (t222) puts each slide in a box of its own
    /// that opens with its title. The first box's title, over the text's first paragraph, is read with the header's lines, as
    /// an opening crosshead is. The text's first heading counts when it opens a box (not the text's box itself) that holds a
    /// paragraph, and at least two of the box's later siblings of its kind open with a heading of the same level and hold a
    /// paragraph too. Cost: once per page with a content root whose own first heading missed: one selector query and one
    /// pass over the box's later siblings.
    /// </summary>
    private static (string Heading, string Paragraph)? InSectionBoxes(IElement root)
    {
        if (root.SelectFirst("h2, h3, h4") is not { ParentElement: { } box } heading || box == root || FirstWithText(box) != heading || !IsCrosshead(heading)
            || box.SelectFirst("p") is not { } paragraph || Whitespace.Collapse(paragraph.TextContent) is not { Length: > 0 } text)
        {
            return null;
        }

        var later = 0;
        for (var sibling = box.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling.LocalName == box.LocalName && FirstWithText(sibling) is { } opening && opening.LocalName == heading.LocalName && IsCrosshead(opening)
                && sibling.SelectFirst("p") is not null && ++later >= MinLaterCrossheads)
            {
                return (Whitespace.Collapse(heading.TextContent), text);
            }
        }

        return null;
    }

    private static IElement? FirstWithText(IElement box)
    {
        foreach (var child in box.Children)
        {
            // "<article><header><h2>Headline</h2><p>Standfirst</p></header><aside><dl>Date …</dl></aside><h3>Aim</h3><p>…":
            // the article's own header and its data box stand over the text, no part of it (ListAfterLaterCrosshead).
            if (child.LocalName is "header" or "aside")
            {
                continue;
            }

            if (!child.TextContent.AsSpan().Trim().IsEmpty)
            {
                return child;
            }
        }

        return null;
    }

    private static bool IsCrosshead(IElement heading)
    {
        var text = heading.TextContent.AsSpan().Trim();
        return text.Length is > 2 and <= MaxLength && text[^1] is not ('.' or ':') && heading.SelectFirst("a, img") is null;
    }

    private static bool HasLaterCrossheads(IElement heading)
    {
        var later = 0;
        for (var sibling = heading.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            // A later section may open with a list of steps as well as a paragraph (ListAfterLaterCrosshead).
            if (sibling.LocalName == heading.LocalName && IsCrosshead(sibling) && sibling.NextElementSibling is { LocalName: "p" or "ol" or "ul" } && ++later >= MinLaterCrossheads)
            {
                return true;
            }
        }

        return false;
    }
}
