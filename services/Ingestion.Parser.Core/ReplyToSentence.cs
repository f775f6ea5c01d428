namespace Ingestion.Parser.Core;

/// <summary>
/// "Reply to the removed one, whoever it was.", "Reply to Ann again, and to Bo.": a reader's sentence may open with the
/// words of a reply reference ("Reply to Darla M", "In reply to Gwen Parry."). A reference names a comment in a few
/// words, or by its writer and time; a sentence runs on, or goes on after a comma, and ends with its stop.
/// </summary>
internal static class ReplyToSentence
{
    private const int MaxReferenceWords = 4;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",:;");

    /// <param name="rest">The line after its "Reply to " opening.</param>
    public static bool Is(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        return rest.Length > 1 && (Words.Count(rest) > MaxReferenceWords || rest[..^1].IndexOfAny(ClauseBreaks) > 0) && Words.EndsSentence(rest) && !Words.HasDigit(rest);
    }
}
