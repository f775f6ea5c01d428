namespace Ingestion.Parser.Core;

/// <summary>
/// "An ash tree … is removed from a park in this file photo." / blank line / "Photograph by: Name, Postmedia News" / blank
/// line / "Share": a labelled credit set apart from its caption closes that caption when no other caption sentence follows
/// it; a tool row or the text's first paragraph may. A bare credit there may open the next picture's caption; a labelled one
/// with nothing captioned under it cannot.
/// </summary>
internal static class LabelledCreditClosingCaption
{
    /// <summary>The longest caption a credit set apart closes: a paragraph of the text is longer.</summary>
    private const int LongestCaption = 150;

    public static bool Closes(PageLines lines, int caption, int credit, int end)
    {
        if (lines[caption].Text.Length > LongestCaption || !CaptionDetector.IsLabelledCredit(lines[credit].Text))
        {
            return false;
        }

        var after = lines.NextNonBlank(credit, end);
        return after >= end || !Words.EndsSentence(lines[after].Text) || lines[after].Text.Length > LongestCaption;
    }
}
