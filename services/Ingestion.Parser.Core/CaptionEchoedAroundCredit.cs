namespace Ingestion.Parser.Core;

/// <summary>
/// "Coal mining in Wyoming." / "Brian Brainerd | The Denver Post | Getty Images" / "Coal mining in Wyoming.", or the two
/// copies over "Foto: Michael Rauhe": a lead picture's player prints its caption twice, on the picture and under it, for
/// two layouts of which a reader sees one. Both copies are the caption, kept once: the copy nearest the text is no
/// headline and no paragraph, though it is the last short line over the first one.
/// </summary>
internal static class CaptionEchoedAroundCredit
{
    /// <summary>The farthest apart the copies and the credit stand: one blank line between each.</summary>
    private const int MostLinesApart = 2;

    public static bool Is(PageLines lines, int index, int end) => Is(lines, index, end, out _);

    /// <summary>Whether the line is either copy; <paramref name="secondCopy"/> tells the later one, which repeats the caption already kept.</summary>
    public static bool Is(PageLines lines, int index, int end, out bool secondCopy)
    {
        secondCopy = IsSecondCopy(lines, index, end);
        return secondCopy || IsFirstCopy(lines, index, end);
    }

    /// <remarks>The copies are compared before the credit is asked: most lines have no copy near them.</remarks>
    private static bool IsSecondCopy(PageLines lines, int index, int end)
    {
        var text = lines[index].Text;
        if (!IsCaptionShaped(text) || Above(lines, index) is not (>= 0 and var above))
        {
            return false;
        }

        // Caption / caption / credit, or caption / credit / caption.
        return lines[above].Text == text
            ? Below(lines, index, end) is >= 0 and var credit && IsCredit(lines[credit].Text)
            : Above(lines, above) is >= 0 and var copy && lines[copy].Text == text && IsCredit(lines[above].Text);
    }

    private static bool IsFirstCopy(PageLines lines, int index, int end)
    {
        var text = lines[index].Text;
        if (!IsCaptionShaped(text) || Below(lines, index, end) is not (>= 0 and var below))
        {
            return false;
        }

        return lines[below].Text == text
            ? Below(lines, below, end) is >= 0 and var credit && IsCredit(lines[credit].Text)
            : Below(lines, below, end) is >= 0 and var copy && lines[copy].Text == text && IsCredit(lines[below].Text);
    }

    private static int Above(PageLines lines, int index) => lines.PreviousNonBlank(index) is var above && above >= 0 && index - above <= MostLinesApart ? above : -1;

    private static int Below(PageLines lines, int index, int end) => lines.NextNonBlank(index, end) is var below && below < end && below - index <= MostLinesApart ? below : -1;

    // Cheap gate first: most lines are no short line with letters.
    private static bool IsCaptionShaped(string text) => text.Length is > 0 and <= 300 && Words.HasLetter(text);

    private static bool IsCredit(string line) => CaptionDetector.IsCreditOnly(line) || CaptionDetector.IsAgencyOnly(line);
}
