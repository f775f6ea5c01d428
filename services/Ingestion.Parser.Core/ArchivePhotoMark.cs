namespace Ingestion.Parser.Core;

/// <summary>
/// "FILE - Passengers wait at the north pier for the first crossing, May 27, 2026": the Associated Press opens the
/// caption of a picture from its archive with "FILE" in capitals and a dash, and the papers that run its pictures keep
/// the mark. No sentence of a story opens so, and no writer is called "FILE"; a text browser's copy may print the dash
/// that stood before the credit's element at the line's end.
/// </summary>
internal static class ArchivePhotoMark
{
    private const int MinWords = 6;

    private static readonly string[] Marks = ["FILE - ", "FILE – ", "FILE — "];

    public static bool Opens(ReadOnlySpan<char> text)
    {
        foreach (var mark in Marks)
        {
            if (text.StartsWith(mark, StringComparison.Ordinal))
            {
                return Words.CountUpTo(text, MinWords + 1) > MinWords;
            }
        }

        return false;
    }

    /// <summary>The caption without the dangling dash a text browser printed after it.</summary>
    public static ReadOnlySpan<char> WithoutTrailingDash(ReadOnlySpan<char> text) => text.TrimEnd().TrimEnd("-–—").TrimEnd();
}
