namespace Ingestion.Parser.Core;

/// <summary>
/// "Staff  Contributor" over a broadsheet's thread: the legend of the badges the comment system hangs on writers' names
/// (a filter or key row), printed as a line of badge words alone. It is no commenter's name: read as one, the first
/// commenter became "Staff" and the real name under it was taken for a town.
/// </summary>
internal static class BadgeLegendRow
{
    private const int MaxLength = 48;

    private static readonly WordSet BadgeWords = new(
        "Staff", "Contributor", "Moderator", "Mod", "Author", "Editor", "Admin", "Journalist", "Reporter", "Verified", "Subscriber", "Pick", "Picks", "Featured");

    /// <summary>Two to four badge words and nothing else; a single badge word is the badge under a name (<see cref="CommentAuthor.IsBadgeAlone"/>).</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 7 or > MaxLength || !char.IsAsciiLetterUpper(text[0]) || text.IndexOf(' ') < 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!BadgeWords.Contains(word.TrimEnd(',')) || ++words > 4)
            {
                return false;
            }
        }

        return words >= 2;
    }
}
