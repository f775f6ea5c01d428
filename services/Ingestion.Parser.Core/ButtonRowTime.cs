namespace Ingestion.Parser.Core;

/// <summary>
/// "Reply · Like · 1 day ago" (Facebook plugin, Livefyre): the comment's buttons with its time at the end of the row. Under
/// the comment's text it closes the comment as a bare button row does: a line after it and before the next header is
/// the page's again ("Mashabyte" / "About" / "Careers", the site's footer), not the reader's words, nor is the row a
/// quoted date inside them.
/// </summary>
internal static class ButtonRowTime
{
    public static bool Is(string text) =>
        text.Length < 100 && text.Contains("Reply", StringComparison.OrdinalIgnoreCase) && !char.IsDigit(text.AsSpan().TrimStart()[0])
        && CommentLine.TryParseAfterActions(text, out _);
}
