using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="figure__caption"&gt;&lt;span class="mr10"&gt;The dish will measure faint signals.&lt;/span&gt;&lt;span&gt;Credit: Lin
/// Wei/Example Agency&lt;/span&gt;&lt;/p&gt;": a caption's credit in a span of its own, right after the caption's span with no
/// space between them (a margin class parts them on screen), named a credit by its label alone, where no class says so.
/// </summary>
internal static class LabelledCreditSpan
{
    /// <summary>A credit line is short.</summary>
    private const int LongestCredit = 120;

    /// <summary>Whether <paramref name="element"/> is a span, after a sibling element, whose text is a labelled credit ("Credit: …").</summary>
    public static bool Is(IElement element) =>
        element.LocalName == "span" && element.PreviousElementSibling is not null && !NodeText.IsLongerThan(element, LongestCredit)
        && CaptionDetector.IsLabelledCredit(Whitespace.Collapse(element.TextContent));
}
