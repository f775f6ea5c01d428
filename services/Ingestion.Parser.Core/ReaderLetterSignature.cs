namespace Ingestion.Parser.Core;

/// <summary>
/// "Q: We accepted an offer on our house … Who is right?" / "— R.K., Pine Township" / "A: It depends on …": an advice
/// column prints a reader's letter and signs it with a dash, then answers it. The signature is the letter's, part of the
/// text, not the columnist's sign-off at the foot.
/// </summary>
internal static class ReaderLetterSignature
{
    private static readonly string[] LetterOpenings = ["Q: ", "Q. ", "Question: ", "Dear "];
    private static readonly string[] AnswerOpenings = ["A: ", "Answer: ", "Dear "];

    /// <summary>Whether a dashed signature line stands between a reader's question and the column's answer.</summary>
    public static bool Signs(PageLines lines, int index, int end)
    {
        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, end);
        return above >= 0 && below < end && Opens(lines[above].Text, LetterOpenings) && Opens(lines[below].Text, AnswerOpenings);
    }

    private static bool Opens(string line, string[] openings)
    {
        var text = line.AsSpan().TrimStart();
        foreach (var opening in openings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
