namespace Ingestion.Parser.Core;

/// <summary>
/// "Tags: Silverline Music Awards, Red Carpet" / "* Kira Vance talks new album, tour dates" / "* Worst dressed at the
/// Silverlines? You decide": a list of headlines under the tag line, whose heading a rendering may leave out, links to
/// other stories; the text ends at its tags.
/// </summary>
internal static class LinksUnderTags
{
    /// <summary>How many list items may stand between the tag line and the line asked about.</summary>
    private const int MostItemsAbove = 10;

    public static bool Is(PageLines lines, int index)
    {
        if (!IsHeadlineItem(lines[index].Text))
        {
            return false;
        }

        var items = 0;
        for (var i = index - 1; i >= 0 && items <= MostItemsAbove; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (!IsHeadlineItem(lines[i].Text))
            {
                return TagLineParser.TryRead(lines[i].Text) is { Count: > 0 };
            }

            items++;
        }

        return false;
    }

    /// <summary>"* Kira Vance talks new album, tour dates": a list item of one headline, a question at most.</summary>
    private static bool IsHeadlineItem(string text) =>
        text.Length is > 2 and <= 140 && text[0] is '*' or '•' or '·' && text[1] == ' '
        && (!Words.EndsSentence(text) || text.TrimEnd()[^1] == '?') && !text.AsSpan(2).Contains(". ", StringComparison.Ordinal);
}
