namespace Ingestion.Parser.Core;

/// <summary>
/// "… were consulted and broadly supportive." / "Back to top" / "Conclusions and recommendations" / "The above analysis
/// …": a long report set as a web page closes each section with a link back to its contents. A footer's "Back to top"
/// has the page's links and its copyright under it; one with paragraphs of prose under it ends a section of the text,
/// neither the text nor the page.
/// </summary>
internal static class SectionBackToTopLink
{
    private const int MaxLength = 20;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim(" •*↑^");
        return text.Length <= MaxLength && text.StartsWith("back to top", StringComparison.OrdinalIgnoreCase) && WidgetCreditInText.HasProseUnder(lines, index);
    }
}
