namespace Ingestion.Parser.Core;

/// <summary>
/// "The view from the top of the fell" / "The view from the top of the fell": a CMS that fills a figure's alt text from
/// its caption makes a text browser print the same words twice, the alt text over the figcaption, between two paragraphs
/// of the text. The first copy is the picture's alt text, no text; the second the caption. A caption with a credit is
/// read so already; one of bare words came out as two body paragraphs. Only a short line of words, without a sentence's
/// closing stop, printed exactly twice as two paragraphs, one blank line between: a paragraph repeated by a page's layout
/// ends a sentence, a row printed three times is a menu's, and a rail of teasers prints each headline twice on adjacent
/// lines (the thumbnail's alt text and the link), no figure.
/// </summary>
internal static class AltTextTwinCaption
{
    /// <summary>The copies stand as paragraphs of their own: one blank line between them.</summary>
    private const int LinesApart = 2;

    /// <summary>A caption of bare words is short.</summary>
    private const int LongestCaption = 200;

    /// <summary>An alt text names what the picture shows in a few words at least ("Boats at the pier").</summary>
    private const int FewestWords = 3;

    /// <summary>Whether the line is either copy; <paramref name="secondCopy"/> tells the later one, the caption.</summary>
    public static bool Is(PageLines lines, int index, int end, out bool secondCopy)
    {
        secondCopy = false;
        var text = lines[index].Text;
        if (text.Length is 0 or > LongestCaption || !Words.HasLetter(text) || Words.EndsSentence(text) || Words.CountUpTo(text, FewestWords) < FewestWords)
        {
            return false;
        }

        var above = Above(lines, index);
        var below = Below(lines, index, end);
        var sameAbove = above >= 0 && lines[above].Text == text;
        var sameBelow = below >= 0 && lines[below].Text == text;
        // Exactly two copies: one twin, and no third copy beyond it.
        if (sameAbove == sameBelow)
        {
            return false;
        }

        var beyond = sameAbove ? Above(lines, above) : Below(lines, below, end);
        if (beyond >= 0 && lines[beyond].Text == text)
        {
            return false;
        }

        secondCopy = sameAbove;
        return true;
    }

    private static int Above(PageLines lines, int index) => lines.PreviousNonBlank(index) is var above && above >= 0 && index - above == LinesApart ? above : -1;

    private static int Below(PageLines lines, int index, int end) => lines.NextNonBlank(index, end) is var below && below < end && below - index == LinesApart ? below : -1;
}
