using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "<h2><span class="headline-intro">Syrien-Resolution</span><span class="headline">Kerry und Lawrow ringen um jedes
/// Wort</span></h2>" under the document title "Syrien-Resolution: Kerry und Lawrow ringen um jedes Wort": German news
/// magazines print the topic over the headline inside the heading itself, and join the two with a colon for sharing.
/// The span of its own is the kicker, with the colon or without it ("Hamburger Hafen:"); the headline is the span after it.
/// </summary>
internal static class KickerSpanInHeading
{
    private const int MaxKickerWords = 4;

    /// <summary>The headline without its kicker when the heading prints the two in spans of their own, else the title.</summary>
    public static string Without(IDocument document, string title)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || Words.Count(title.AsSpan(0, colon)) > MaxKickerWords)
        {
            return title;
        }

        // "Hafenfest : Fähre fährt wieder": the colon in a span of its own, the text joined around it with spaces
        // (SpacedColonSpan); the kicker is the words before it.
        var kicker = title[..colon].TrimEnd();
        var headline = title[(colon + 2)..].Trim();
        foreach (var span in document.SelectAll("h1 span, h2 span, h1 strong, h2 strong, h1 b, h2 b"))
        {
            if (Whitespace.Collapse(span.TextContent).Trim().TrimEnd(':') != kicker)
            {
                continue;
            }

            if ((span.LocalName == "span" && HeadlineAfter(span) is { } next && Whitespace.Collapse(next.TextContent).Trim() == headline)
                || IsBareHeadlineAfter(span, kicker, headline))
            {
                return headline;
            }
        }

        return title;
    }

    /// <summary>
    /// "&lt;h2&gt;&lt;strong&gt;Stadtbahn&lt;/strong&gt; Verkehrsverbund streicht Nachtlinien&lt;/h2&gt;": the kicker in bold opens
    /// the heading and the headline follows it as the heading's own words, in no element of its own.
    /// </summary>
    private static bool IsBareHeadlineAfter(IElement kicker, string kickerText, string headline) =>
        kicker.LocalName is "strong" or "b"
        && kicker.ParentElement is { LocalName: "h1" or "h2" } heading
        && heading.FirstElementChild == kicker
        && kicker.NextElementSibling is null
        && (kicker.PreviousSibling is null || (kicker.PreviousSibling is IText before && before.Data.AsSpan().Trim().IsEmpty))
        && Whitespace.Collapse(heading.TextContent).Trim() is var whole
        && whole.StartsWith(kickerText, StringComparison.Ordinal)
        && whole.AsSpan(kickerText.Length).TrimStart(" :").SequenceEqual(headline.AsSpan());

    /// <summary>
    /// The span after the kicker, past a separator span of its own ("&lt;span class="visually-hidden"&gt;: &lt;/span&gt;"):
    /// templates hide the colon between kicker and headline from sight and keep it for screen readers and sharing.
    /// </summary>
    private static IElement? HeadlineAfter(IElement kicker)
    {
        var next = kicker.NextElementSibling;
        if (next is not null && next.TextContent.AsSpan().Trim(" :\u00a0\t\r\n").IsEmpty)
        {
            next = next.NextElementSibling;
        }

        return next;
    }
}
