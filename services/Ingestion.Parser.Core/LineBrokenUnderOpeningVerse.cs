namespace Ingestion.Parser.Core;

/// <summary>
/// "sing me a song&lt;br&gt;Mr. sunshine": an epigraph or a verse between the headline and the text, broken into lines by
/// the markup. The header reader keeps its first line as text when it has a headline's length, but the short line
/// under it reads like nothing (two words, no full stop) and was dropped, cutting the verse in half. A line printed
/// right under a kept line (no blank line between: in the markup's lines a break or the next block) goes on with it
/// when the kept line ran on over the break (no full stop at its end). A line that says what it is (a caption, a tool
/// link, a date, a navigation row, a count) is left to the rules that read it, and the reader leaves a bare name to
/// the byline.
/// </summary>
internal static class LineBrokenUnderOpeningVerse
{
    /// <summary>Longer lines are text of their own, read as prose or as a headline.</summary>
    private const int LongestLine = 80;

    /// <summary>Whether the line at <paramref name="index"/> continues the line over it that the text just took.</summary>
    public static bool Is(PageLines lines, int index, IReadOnlyList<string> body)
    {
        if (index <= 0 || body.Count == 0 || lines[index - 1].IsBlank)
        {
            return false;
        }

        var text = lines[index].Text.AsSpan().Trim();
        var above = lines[index - 1].Text;
        return text.Length is > 0 and <= LongestLine && char.IsLetter(text[0])
            && !Words.EndsSentence(above) && !Words.HasDigit(text)
            && string.Equals(body[^1], Whitespace.Collapse(above), StringComparison.Ordinal)
            && !lines.IsBoilerplate(index) && !lines.IsCaption(index) && !lines.TryParseDate(index, out _) && !NavigationLine.Is(lines[index].Text);
    }
}
