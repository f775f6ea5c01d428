using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;&lt;span class="roofline"&gt;Na so was!&lt;/span&gt;Headline of the story&lt;/h1&gt;" under the share title "Headline of
/// the story": a magazine template prints its roof line (the kicker) in a span of its own that opens the heading, and the
/// headline as the heading's own text after it, with no space between them (a style sets the span on a line of its
/// own). The metadata's title is the heading's words after the span, so the span is the kicker and the fuller heading
/// does not replace the title. Asked per h1 the title search visits; no query, only the heading's first children.
/// </summary>
internal static class KickerSpanOpeningHeading
{
    private const int MaxKickerWords = 6;

    /// <summary>Whether <paramref name="heading"/> opens with a kicker span and then shows <paramref name="title"/> as its own text.</summary>
    public static bool Holds(IElement heading, string shown, string title)
    {
        if (shown.Length <= title.Length || !shown.EndsWith(title, StringComparison.Ordinal))
        {
            return false;
        }

        // The span is the heading's first node, past blank text; only text follows it.
        var first = heading.FirstChild is IText { Data: var blank } && blank.AsSpan().Trim().IsEmpty ? heading.FirstChild.NextSibling : heading.FirstChild;
        if (first is not IElement { LocalName: "span" } span || span.NextElementSibling is not null || span.ChildElementCount > 0)
        {
            return false;
        }

        var kicker = Whitespace.Collapse(span.TextContent).Trim();
        return kicker.Length > 0 && Words.CountUpTo(kicker, MaxKickerWords + 1) <= MaxKickerWords
            && shown.AsSpan(0, shown.Length - title.Length).Trim().SequenceEqual(kicker.AsSpan());
    }
}
