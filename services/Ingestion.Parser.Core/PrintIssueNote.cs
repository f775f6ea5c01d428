namespace Ingestion.Parser.Core;

/// <summary>
/// "This story appears in the October 2013 issue of Harbor & Main.", "This article appeared in the Sunday edition of the
/// Ledger.": a magazine's or paper's note of the print issue that carried the story, under the text; no part of it.
/// </summary>
internal static class PrintIssueNote
{
    private static readonly PrefixSet Openings = new(
        "this story appears in the ", "this story appeared in the ", "this article appears in the ", "this article appeared in the ",
        "this story originally appeared in the ", "this article originally appeared in the ");

    private static readonly string[] IssueWords = [" issue of ", " issue.", " edition of ", " edition."];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 30 or > 160 || text[0] is not ('T' or 't') || !Openings.Matches(text))
        {
            return false;
        }

        foreach (var word in IssueWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
