namespace Ingestion.Parser.Core;

/// <summary>
/// "Reply to the removed one, whoever it was.", "Reply to the people saying we should stay out of it: we already are.": a
/// reader's sentence may open with the words of a reply reference ("Reply to Darla M", "In reply to Gwen Parry."). A
/// reference names a comment in a few words, or by its writer and time; a sentence runs on and ends with its stop.
/// </summary>
internal static class ReplyToSentence
{
    private const int MaxReferenceWords = 4;

    /// <param name="rest">The line after its "Reply to " opening.</param>
    public static bool Is(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        return Words.Count(rest) > MaxReferenceWords && Words.EndsSentence(rest) && !Words.HasDigit(rest);
    }
}
