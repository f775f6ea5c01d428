namespace Ingestion.Parser.Core;

/// <summary>
/// "Rachel Stanhope | March 12, 2013 | 02:05PM PT" / "Share Tweet Email Print 3 Comments" / "Studio moves monster
/// franchise to July 2015 slot" / the text: a trade paper prints the story's deck under the byline's tool row, where a
/// picture's caption would stand. Right under a tool row that links to the thread and right over a paragraph of prose,
/// an unpunctuated line is the deck: a caption stands under its picture, which a text browser prints between the row
/// and the caption (the alt text, a credit, "Enlarge").
/// </summary>
internal static class DeckUnderToolRow
{
    private const int MinProseLength = 120;

    private const int MinToolWords = 3;

    /// <summary>"Share Tweet Email Print 3 Comments": share buttons, the count of the thread's link after them if any.</summary>
    private static bool IsToolRow(string line)
    {
        if (ToolRowCount.Read(line) is not null)
        {
            return true;
        }

        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tools = words.Length >= 2 && words[^1] is "Comments" or "comments" && int.TryParse(words[^2], out _) ? words[..^2] : words;
        return tools.Length >= MinToolWords && tools.All(word => BoilerplateFilter.IsWidgetWord(word));
    }

    public static bool Is(PageLines lines, int index, int end)
    {
        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, end);
        return above >= 0 && IsToolRow(lines[above].Text) && !Words.EndsSentence(lines[index].Text)
            && !lines[index].Text.Contains(". ", StringComparison.Ordinal) && !lines[index].Text.Contains(':')
            && below < end && lines[below].Text.Length >= MinProseLength && Words.EndsSentence(lines[below].Text);
    }
}
