namespace Ingestion.Parser.Core;

/// <summary>
/// "(Image credits: Lowther Mills; Name; Name; Harbour Works; …)": a roundup post that gathers other posts' pictures
/// credits them all on one line under its text, in brackets, the label in the plural ("Image credits:", "Photo
/// credits:") or the singular, and the sources after it parted by semicolons or commas. The line is a caption entry as
/// it is shown, as a one-picture "(Image credit: …)" is; a bracketed aside of the text that opens so ("(Photo credits:
/// see the gallery below.)") ends a sentence, and one whose brackets close before the end is no single credit line.
/// </summary>
internal static class BracketedCreditsLine
{
    private const int ShortestCredit = 2;

    private static readonly PrefixSet Labels = new(["image credits:", "image credit:", "photo credits:", "photo credit:", "picture credits:"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text is not ['(', .. var inner, ')'] || inner.IndexOfAny('(', ')') >= 0)
        {
            return false;
        }

        var label = Labels.MatchLength(inner);
        var credits = label > 0 ? inner[label..].Trim() : default;
        return credits.Length >= ShortestCredit && !Words.EndsSentence(credits);
    }
}
