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
        if (root is null || body.Count < 3 || Of(root) is not { } found || body.Contains(found.Heading))
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

            if (opening.LocalName is not ("h2" or "h3" or "h4") || !IsCrosshead(opening) || opening.NextElementSibling is not { LocalName: "p" } paragraph
                || Whitespace.Collapse(paragraph.TextContent) is not { Length: > 0 } text || !HasLaterCrossheads(opening))
            {
                return null;
            }

            return (Whitespace.Collapse(opening.TextContent), text);
        }

        return null;
    }

    private static IElement? FirstWithText(IElement box)
    {
        foreach (var child in box.Children)
        {
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
            if (sibling.LocalName == heading.LocalName && IsCrosshead(sibling) && sibling.NextElementSibling is { LocalName: "p" } && ++later >= MinLaterCrossheads)
            {
                return true;
            }
        }

        return false;
    }
}
