namespace Ingestion.Parser.Core;

/// <summary>
/// "To report an error, email corrections@… or call the newsroom at 555-0140.": a paper's standing line telling readers
/// where to send corrections, under its corrections column or a story; a contact line, no text. Known by its opening and an
/// address or a telephone number.
/// </summary>
internal static class CorrectionRequestLine
{
    private static readonly PrefixSet Openings = new(
        "to report an error", "to report a factual error", "to report a mistake", "to request a correction", "to report a correction",
        "if you see an error", "if you spot an error", "if you find an error", "spotted an error?", "see an error?");

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 25 or > 200 || text[0] is not ('T' or 'I' or 'S') || !Openings.Matches(text))
        {
            return false;
        }

        return text.Contains('@') || Words.CountDigits(text) >= 7;
    }
}
