namespace Ingestion.Parser.Core;

/// <summary>
/// "Discussion (217) ¬", "Comment ¬": a blog theme's closing glyph printed after a heading (the not sign, as the guillemets
/// » and › are printed) is no part of it, so the count heading still declares its count and the form's heading is still
/// a heading. A widening of <see cref="CommentHeadings"/>, which already let » and › close a count.
/// </summary>
internal static class HeadingClosingGlyph
{
    /// <summary>Whether the character closes a heading as decoration.</summary>
    public static bool Is(char c) => c is '»' or '›' or '¬';

    /// <summary>The text without a trailing not sign and the spaces before it; any other text as it is.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        return trimmed is [.., '¬'] ? trimmed[..^1].TrimEnd() : text;
    }
}
