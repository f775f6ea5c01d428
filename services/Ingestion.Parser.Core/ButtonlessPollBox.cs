namespace Ingestion.Parser.Core;

/// <summary>
/// "Poll" / "Who should win album of the year?" / "Mara Quinn, "Northbound"" / … / "Vote" / "View Results": a poll box
/// that a scraper flattens without its radio buttons (<see cref="PollBox"/> reads those). The label, the question, the
/// options and the buttons stand in one run of lines, the question ending in "?", the button closing the options; none
/// of them is text of the story.
/// </summary>
internal static class ButtonlessPollBox
{
    private const int MaxLabelLength = 20;
    private const int MaxOptionLength = 80;
    private const int MinOptions = 2;
    private const int MaxOptions = 10;

    private static readonly WordSet Buttons = new(["vote", "submit", "submit vote", "cast your vote"]);
    private static readonly WordSet ResultLinks = new(["view results", "see results", "results"]);

    public static List<TextLine> Remove(List<TextLine> lines) => RemoveRunOn(TextBlocks.BlankClaimed(lines, Claim));

    /// <summary>
    /// "… closing the night with their fourth." / "Poll" / "Who should win album of the year?" / … / "Vote": the same box
    /// printed by a scraper that puts no blank line between block elements, so it runs on from the story's paragraph.
    /// </summary>
    private static List<TextLine> RemoveRunOn(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 1; i < lines.Count - 1; i++)
        {
            if (lines[i].Text.Length > MaxLabelLength || lines[i - 1].IsBlank || !PollBox.Labels.Contains(lines[i].Text.AsSpan().Trim(" :")))
            {
                continue;
            }

            // The box's own lines only: its label, question, options, button and results link.
            var end = i;
            while (end < lines.Count && end - i < MaxOptions + 4 && !lines[end].IsBlank)
            {
                end++;
            }

            var claimed = Claim(lines, i, end);
            if (claimed < 0)
            {
                continue;
            }

            result ??= [.. lines];
            for (var k = i; k < claimed; k++)
            {
                result[k] = new TextLine(0, string.Empty);
            }

            i = claimed - 1;
        }

        return result ?? lines;
    }

    /// <summary>Where the poll box that opens the run ends, or -1 when the run is no such box.</summary>
    public static int Claim(List<TextLine> lines, int start, int end)
    {
        if (lines[start].Text.Length > MaxLabelLength || !PollBox.Labels.Contains(lines[start].Text.AsSpan().Trim(" :")) || start + 1 >= end
            || !lines[start + 1].Text.TrimEnd().EndsWith('?'))
        {
            return -1;
        }

        var i = start + 2;
        while (i < end && !Buttons.Contains(lines[i].Text.AsSpan().Trim(" []")) && !IsButtonRow(lines[i].Text))
        {
            var option = lines[i].Text.AsSpan().Trim();
            if (option.Length > MaxOptionLength || option.EndsWith('.') || i - start - 2 >= MaxOptions)
            {
                return -1;
            }

            i++;
        }

        if (i >= end || i - start - 2 < MinOptions)
        {
            return -1;
        }

        if (IsButtonRow(lines[i].Text))
        {
            return i + 1;
        }

        i++;
        return i < end && ResultLinks.Contains(lines[i].Text.AsSpan().Trim(" []»")) ? i + 1 : i;
    }

    /// <summary>
    /// "Vote   View results": the poll's button and its link to the results, which a scraper prints on one line, apart by
    /// a run of spaces.
    /// </summary>
    public static bool IsButtonRow(string text)
    {
        if (text.Length > MaxLabelLength + 20)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var gap = span.IndexOf("  ", StringComparison.Ordinal);
        return gap > 0 && Buttons.Contains(span[..gap].Trim(" []")) && ResultLinks.Contains(span[gap..].Trim(" []»"));
    }
}
