using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;…the sector.&lt;/p&gt;&lt;h4&gt;Option two:&lt;/h4&gt;&lt;p&gt;The board would…&lt;/p&gt;" and "&lt;/ul&gt;&lt;p&gt;Costs:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;…":
/// a report set as a web page divides its text with crossheads and lead-ins that end in a colon. Read as lines, a short
/// line ending in a colon is an empty label ("Story Source:", "Post by:") unless it leads in to a list under a
/// paragraph (<see cref="SectionLabelInText"/>), so a crosshead of two words over a paragraph, and a one-word lead-in
/// over a list under another list, were dropped while their siblings of other shapes stayed. The markup tells: a heading
/// element (h2–h6) of two to six words ending in a colon (<see cref="LeadInHeadingOverText"/>) right over a paragraph
/// or list of the text, or a paragraph of one to three words ending in a colon right over a list, with a block of the
/// text right before it, is the text's own; missing from the body, it is put back before the block it heads. A label of
/// the page's furniture ("Share this:", "Related:") and a label over a paragraph set as a paragraph stay out.
/// Cost: once per page with a content root, one pass over its h2–h6 and p elements ending in a colon; the body is
/// searched only for those.
/// </summary>
internal static class ColonLeadInElement
{
    private const int LongestLabel = 40;

    private const int MaxParagraphLabelWords = 3;

    private static readonly string[] LabelTags = ["h2", "h3", "h4", "h5", "h6", "p"];

    /// <summary>The body with the colon lead-ins of <paramref name="root"/> put back before the blocks they head, where they are missing.</summary>
    public static List<string> Restored(IElement? root, List<string> body)
    {
        if (root is null || body.Count < 2)
        {
            return body;
        }

        List<string>? restored = null;
        foreach (var tag in LabelTags)
        {
            foreach (var element in root.GetElementsByTagName(tag))
            {
                if (LabelOver(element) is not var (label, headed, above))
                {
                    continue;
                }

                var list = restored ?? body;
                var at = PlaceOf(list, label, headed, above);
                if (at < 0)
                {
                    continue;
                }

                restored ??= [.. body];
                restored.Insert(at, label);
            }
        }

        return restored ?? body;
    }

    /// <summary>
    /// Where the headed line stands in <paramref name="list"/> right under the line <paramref name="above"/> (the block
    /// before the label, its last line): a lead-in is put back only between the two, so a list item repeated elsewhere in
    /// the text ("loss of direct report …" under two options) is placed under the right block.
    /// </summary>
    private static int PlaceOf(List<string> list, string label, string headed, string above)
    {
        for (var at = list.IndexOf(headed, 1); at > 0; at = at + 1 < list.Count ? list.IndexOf(headed, at + 1) : -1)
        {
            if (string.Equals(list[at - 1], above, StringComparison.Ordinal))
            {
                return at;
            }

            if (at > 1 && string.Equals(list[at - 1], label, StringComparison.Ordinal) && string.Equals(list[at - 2], above, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The label's text, the first line of the block it heads and the last line of the block above, when <paramref name="element"/> is a colon lead-in inside the text.</summary>
    private static (string Label, string Headed, string Above)? LabelOver(IElement element)
    {
        // A label is text alone ending in a colon: the last text node answers without reading the element's whole text.
        // A crosshead looks past the section's picture under it and an empty jump anchor over it (CrossheadOverPicture).
        var isHeading = element.LocalName != "p";
        if (element.Children.Length > 0 || element.LastChild is not IText { Data: var lastText } || !lastText.AsSpan().TrimEnd().EndsWith(':')
            || (isHeading ? CrossheadOverPicture.BlockAfter(element) : element.NextElementSibling) is not { } next
            || (isHeading ? CrossheadOverPicture.BlockBefore(element) : element.PreviousElementSibling) is not { } before)
        {
            return null;
        }

        var raw = element.TextContent;
        if (raw.Length > LongestLabel * 3 || before.TextContent.AsSpan().Trim().IsEmpty)
        {
            return null;
        }

        var label = Whitespace.Collapse(raw);
        var fits = isHeading
            ? next.LocalName is "p" or "ul" or "ol" && LeadInHeadingOverText.Is(label)
            : next.LocalName is "ul" or "ol" && IsListLeadIn(label);
        if (!fits || BoilerplateFilter.IsBoilerplate(label) || BoilerplateFilter.IsRelatedHeading(label))
        {
            return null;
        }

        var first = next.LocalName == "p" ? next : next.FirstElementChild;
        var last = before.LocalName is "ul" or "ol" ? before.LastElementChild : before;
        return first is not null && last is not null && LineOf(first, fromEnd: false) is { Length: > 0 } headed && LineOf(last, fromEnd: true) is { Length: > 0 } above
            ? (label, headed, above)
            : null;
    }

    /// <summary>The first (or last) line of a block as the body holds it: a "&lt;br&gt;" parts a paragraph into lines.</summary>
    private static string LineOf(IElement block, bool fromEnd)
    {
        var breaks = block.GetElementsByTagName("br");
        if (breaks.Length == 0)
        {
            return Whitespace.Collapse(block.TextContent);
        }

        var text = new System.Text.StringBuilder();
        var boundary = fromEnd ? breaks[^1] : breaks[0];
        var inside = !fromEnd;
        foreach (var node in block.GetDescendants())
        {
            if (node == boundary)
            {
                if (!fromEnd)
                {
                    break;
                }

                inside = true;
                continue;
            }

            if (inside && node is IText piece)
            {
                text.Append(piece.Data);
            }
        }

        return Whitespace.Collapse(text.ToString());
    }

    /// <summary>"Costs:", "Next steps:": a capitalised label of one to three words, no digits, nothing after its colon.</summary>
    private static bool IsListLeadIn(string label) =>
        label.Length is >= 4 and <= LongestLabel && char.IsUpper(label[0]) && label.AsSpan(0, label.Length - 1).IndexOf(':') < 0
        && !Words.HasDigit(label) && Words.CountUpTo(label, MaxParagraphLabelWords + 1) <= MaxParagraphLabelWords;
}
