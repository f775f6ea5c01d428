namespace Ingestion.Parser.Core;

/// <summary>
/// "Gadgetorium Score" / "Poor" / "Good" / "Excellent" / "Acme" / "Tablet X" / "from $499.00" / "Buy Now" / "87": a gadget
/// review's score box, the scale's words, the product, its price and the score, each on a short line of its own with a
/// blank line here and there. A dump prints it between the lead picture and the text; none of it is text. The score
/// closes the box: a crosshead under it opens the text again.
/// </summary>
internal static class ReviewScoreBox
{
    /// <summary>"Tablet X", "from $499.00", "Uninspiring": the box's lines are a few words; a sentence of text runs longer.</summary>
    private const int MaxEntryLength = 30;

    /// <summary>How many of the box's lines may stand between a line and the heading.</summary>
    private const int Reach = 12;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.IsEmpty || text.Length > MaxEntryLength)
        {
            return false;
        }

        if (IsHeading(text))
        {
            return lines.NextNonBlank(index, lines.Count) is var next && next < lines.Count && next <= index + 2 && IsEntry(lines[next].Text.AsSpan().Trim());
        }

        if (!IsEntry(text))
        {
            return false;
        }

        // Up through the box's lines and the blank lines among them, to its heading.
        var entries = 0;
        for (var i = lines.PreviousNonBlank(index); i >= 0 && index - i <= 2 * Reach; i = lines.PreviousNonBlank(i))
        {
            var above = lines[i].Text.AsSpan().Trim();
            if (IsHeading(above))
            {
                return true;
            }

            if (!IsEntry(above) || IsScore(above) || ++entries > Reach)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Gadgetorium Score", "Our Score": the box's heading, the site's name or "Our" before "Score".</summary>
    private static bool IsHeading(ReadOnlySpan<char> text) =>
        text.EndsWith(" Score", StringComparison.Ordinal) && char.IsUpper(text[0]) && Words.Count(text) is 2 or 3;

    private static bool IsScore(ReadOnlySpan<char> text) => text.Length <= 3 && !text.ContainsAnyExceptInRange('0', '9');

    private static bool IsEntry(ReadOnlySpan<char> text) => text.Length is > 0 and <= MaxEntryLength && !Words.EndsSentence(text) && !IsHeading(text);
}
