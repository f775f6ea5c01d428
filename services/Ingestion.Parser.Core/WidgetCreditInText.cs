namespace Ingestion.Parser.Core;

/// <summary>
/// "Powered by SmartAsset.com" / "Disclosures SmartAsset.com" / "Among its key findings: …": the credit of a calculator or
/// rate table embedded between two paragraphs of the story, not the page's footer. The story goes on under it, so it
/// ends neither the text nor the page; a footer's "Powered by WordPress" has no paragraphs of prose under it.
/// </summary>
internal static class WidgetCreditInText
{
    private const int MaxCreditLength = 60;
    private const int LinesLookedAt = 6;
    private const int ProseWords = 12;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length > MaxCreditLength || !text.StartsWith("powered by ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return HasProseUnder(lines, index);
    }

    /// <summary>Two lines of prose among the few under <paramref name="index"/>: the story goes on there.</summary>
    public static bool HasProseUnder(PageLines lines, int index)
    {
        var prose = 0;
        foreach (var line in lines.NonBlankAfter(index, LinesLookedAt, lines.Count))
        {
            var below = lines[line].Text;
            prose += Words.CountUpTo(below, ProseWords) >= ProseWords && Words.EndsSentence(below) ? 1 : 0;
        }

        return prose >= 2;
    }
}
