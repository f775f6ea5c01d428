namespace Ingestion.Parser.Core;

/// <summary>
/// "DIE FRAGEN STELLTEN NAME UND NAME", "Das Interview führte Name.", "Das Gespräch führten Name und Name": a German
/// interview's closing credit for its interviewers, printed under the last answer. It says who asked, as a byline does,
/// so it is no paragraph of the text; a paper's print edition may run a "read the longer version at …" line on with it
/// in one block, which goes with it. Known by its opening (any case) and a short line; a sentence of the text that merely
/// mentions questions ("Die Fragen stellten sich erst später, als …") is rare at this length and has lower-case words
/// after the opening, which a credit never has before the names. Cost: a length and first-letter check, then one prefix
/// match of a few openings.
/// </summary>
internal static class InterviewerCredit
{
    private const int MaxLength = 240;

    private static readonly PrefixSet Openings = new(
    [
        "die fragen stellte ", "die fragen stellten ", "das interview führte ", "das interview führten ", "das gespräch führte ",
        "das gespräch führten ", "interview geführt von ",
    ]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 20 or > MaxLength || text[0] is not ('D' or 'd' or 'I' or 'i') || Openings.MatchLength(text) is not (> 0 and var length))
        {
            return false;
        }

        // The name after the opening is capitalised (or the whole line is in capitals): "… stellten Jana Roth", not "… stellten sich".
        var rest = text[length..].TrimStart();
        return rest.Length > 0 && char.IsUpper(rest[0]);
    }
}
