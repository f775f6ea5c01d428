namespace Ingestion.Parser.Core;

/// <summary>
/// A thread's order control printed one option a line, with no "Sort by" label: "Newest first" / "Oldest first" /
/// "Most popular". The last option reads like a related-links heading, but beside the others it is one of them.
/// </summary>
internal static class SortOrders
{
    private static readonly WordSet Options = new(
    [
        "newest first", "oldest first", "newest", "oldest", "most popular", "most recent", "most liked", "most replied", "top comments",
        "best", "popular now", "most thumbs up", "most thumbs down", "recommended",
    ]);

    public static bool IsOption(string line) => line.Length <= 30 && Options.Contains(line.AsSpan().Trim());

    /// <summary>"Most popular" right under "Oldest first": an option of the sort control, not the page's list heading.</summary>
    public static bool IsAmongOptions(PageLines lines, int index)
    {
        if (!IsOption(lines[index].Text))
        {
            return false;
        }

        for (var i = index - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return IsOption(lines[i].Text);
            }
        }

        return false;
    }
}
