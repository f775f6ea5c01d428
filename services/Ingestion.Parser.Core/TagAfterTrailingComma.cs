namespace Ingestion.Parser.Core;

/// <summary>
/// "Tags:" / "app," / "Match.com," / "Twitter," / "USDATE": a theme that sets each tag in an element of its own keeps the
/// row's commas after them, and the page's text prints one tag a line. A tag that ends with its comma promises another
/// after it, so the next line is the list's next tag even when it reads as a share button or a network's name ("Twitter",
/// "Facebook"): a share row under the list follows its last tag, which has no comma.
/// </summary>
internal static class TagAfterTrailingComma
{
    /// <summary>Whether the line at <paramref name="index"/> follows, with no blank line between, a listed tag that ends with a comma.</summary>
    public static bool Follows(PageLines lines, int index, int listedUnderLabel) =>
        listedUnderLabel > 0 && index > 0 && lines[index - 1].Text.AsSpan().TrimEnd() is [.., ','];
}
