using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Pingback: Maple Grove parents plan meeting Thursday | Hollister Patch Notes", "3. Trackback: …": WordPress lists another
/// blog's link to the post among the comments, under the comment before it. It is no reader's words: it ends the comment
/// above as that comment's buttons do, even where a scraper dropped the buttons.
/// </summary>
internal static class PingbackLine
{
    private const int MinLength = 12;

    // A vectorised search: with invariant globalization, a case-insensitive string.Contains compares character by character.
    private static readonly SearchValues<string> BackColon = SearchValues.Create(["back:"], StringComparison.OrdinalIgnoreCase);

    public static bool Is(string text)
    {
        // Asked of every comment line: the fixed word rejects a prose line at once.
        if (text.Length < MinLength || !text.AsSpan().ContainsAny(BackColon))
        {
            return false;
        }

        var rest = CommentLine.StripMarker(text, out _);
        return (rest.StartsWith("Pingback: ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("Trackback: ", StringComparison.OrdinalIgnoreCase))
            && rest.Length > "Trackback: ".Length;
    }
}
