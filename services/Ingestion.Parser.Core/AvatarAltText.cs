namespace Ingestion.Parser.Core;

/// <summary>
/// "mtrevino" / "mtrevino" / "Nov 2" / text: a thread (Discourse's embed, many forums) links the commenter's avatar,
/// whose alt text is the name, over the name itself. A text browser prints the alt text as a line of its own, which
/// would close the comment above as its last paragraph.
/// </summary>
internal static class AvatarAltText
{
    /// <summary>Whether <paramref name="line"/>, right over a comment's header, is its avatar's alt text: the header's name again.</summary>
    public static bool IsOver(PageLines lines, int line, string? author) =>
        author is not null && line >= 0 && lines[line].Text.AsSpan().Trim().Equals(author, StringComparison.Ordinal);
}
