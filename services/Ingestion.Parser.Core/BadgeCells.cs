namespace Ingestion.Parser.Core;

/// <summary>
/// "Gordon Pike   Fan   112 fans", "Marisol Benavides   Blogger": a site's own comment system prints the writer's badge
/// and follower count in cells after the name, which w3m parts by runs of spaces. They are no part of the name.
/// </summary>
internal static class BadgeCells
{
    private const string CellGap = "   ";

    private static readonly WordSet BadgeWords = new(["fan", "blogger", "super user", "moderator", "staff", "contributor", "editor", "author", "admin", "verified"]);

    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> header)
    {
        var gap = header.IndexOf(CellGap, StringComparison.Ordinal);
        if (gap <= 0)
        {
            return header;
        }

        foreach (var range in header[gap..].Split(CellGap))
        {
            var cell = header[gap..][range].Trim();
            if (!cell.IsEmpty && !BadgeWords.Contains(cell) && !CommentLine.IsPosterPanelField(cell.ToString()))
            {
                return header;
            }
        }

        return header[..gap].Trim();
    }
}
