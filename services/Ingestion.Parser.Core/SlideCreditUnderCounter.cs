namespace Ingestion.Parser.Core;

/// <summary>
/// "3 of 12" / "WireImage" / "Lena Ortiz went bold in head-to-toe sequins.": a gallery that prints each slide's credit
/// right under its counter ("1 of 12" / "Getty Images" / text) prints them all there, so a bare name in that place is the
/// slide's credit even when it names no agency the parser knows. Elsewhere a name under the counter may be the picture's
/// alt text ("Kira Vance"), which is no caption.
/// </summary>
internal static class SlideCreditUnderCounter
{
    /// <summary>Two slides with a known credit under the counter show the gallery's habit; one may be chance.</summary>
    private const int LeastKnownCredits = 2;

    /// <summary>Whether the page's slides put a known credit ("Getty Images") right under their counters, over the slide's text.</summary>
    public static bool IsGalleryHabit(PageLines lines)
    {
        var known = 0;
        for (var i = 0; i + 2 < lines.Count; i++)
        {
            if (lines[i].Text.Length <= 20 && BoilerplateFilter.IsSlideCounter(lines[i].Text)
                && IsKnownCredit(lines, i + 1) && !lines[i + 2].IsBlank && !IsKnownCredit(lines, i + 2)
                && ++known >= LeastKnownCredits)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnownCredit(PageLines lines, int index) =>
        CaptionDetector.IsCreditOnly(lines[index].Text) || (Words.Count(lines[index].Text) <= 3 && lines.IsCaption(index));

    /// <summary>Whether the line is a bare credit right under a slide's counter, with the slide's text under it.</summary>
    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        return text.Length is > 0 and <= 40 && index > 0 && index + 1 < lines.Count && BoilerplateFilter.IsSlideCounter(lines[index - 1].Text)
            && !lines[index + 1].IsBlank && char.IsUpper(text[0]) && Words.Count(text) <= 3 && !Words.EndsSentence(text) && !Words.HasDigit(text);
    }
}
