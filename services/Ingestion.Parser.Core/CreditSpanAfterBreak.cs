using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "The old ferry leaves the pier at dawn.&lt;br /&gt;&lt;span style="float:left"&gt;Credit: Town Archive&lt;/span&gt;": a picture box
/// that sets its caption as bare words breaks the line before the credit's span, which holds the labelled credit alone.
/// The break is the box's layout, no new line: a credit in an element of its own right after its caption is one caption
/// entry with it, as the classed credit beside a caption is ("p.photo_credit"). Read a line a break, the credit came out
/// as an entry of its own. Only a break after words on its line, before a span whose whole text says it is a credit
/// ("Credit: …", "Photo by …"), counts: a break before a plain name or before the story's next words still parts two lines.
/// </summary>
internal static class CreditSpanAfterBreak
{
    /// <summary>A credit line is short.</summary>
    private const int LongestCredit = 120;

    public static bool Continues(IElement lineBreak) =>
        // One text child: its data is read as is, no text is built for the other spans after a break.
        NextShown(lineBreak) is IElement { LocalName: "span", ChildElementCount: 0, FirstChild: IText { Data: { Length: > 0 and <= LongestCredit } credit } } span
        && span.FirstChild == span.LastChild
        && HasWordsBefore(lineBreak)
        && CaptionDetector.IsLabelledCredit(Whitespace.Collapse(credit));

    /// <summary>The node after the break, past whitespace between them.</summary>
    private static INode? NextShown(INode lineBreak)
    {
        var next = lineBreak.NextSibling;
        while (next is IText { Data: var data } && string.IsNullOrWhiteSpace(data))
        {
            next = next.NextSibling;
        }

        return next;
    }

    /// <summary>Words on the break's line before it: the break ends the caption's line, it does not open the box.</summary>
    private static bool HasWordsBefore(INode lineBreak)
    {
        for (var previous = lineBreak.PreviousSibling; previous is not null; previous = previous.PreviousSibling)
        {
            if (previous is IElement { LocalName: "br" })
            {
                return false;
            }

            if (previous is IText { Data: var data } && !string.IsNullOrWhiteSpace(data))
            {
                return true;
            }

            if (previous is IElement { LocalName: not ("script" or "style") } element && !string.IsNullOrWhiteSpace(element.TextContent))
            {
                return true;
            }
        }

        return false;
    }
}
