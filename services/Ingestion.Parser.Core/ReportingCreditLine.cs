namespace Ingestion.Parser.Core;

/// <summary>
/// "Additional reporting by Ana Ruiz; Editing by Tom Hale and Lisa Marr": a wire story's credit line under the text,
/// printed without the parentheses the corpus already knew ("(Reporting by …; Editing by …)"). Who reported and who
/// edited is no paragraph of the story. Known by its opening and an "Editing by" part after a semicolon, so a sentence
/// that opens "Reporting by the council found …" stays.
/// </summary>
internal static class ReportingCreditLine
{
    private static readonly PrefixSet Openings = new("additional reporting by ", "reporting by ", "writing by ", "compiled by ");

    private const string EditingOpening = "editing by ";

    /// <summary>
    /// "Reporting by Ana Ruiz; Editing by Tom Hale", "Editing by Tom Hale": the text opens as a credit line does, whatever
    /// follows; asked of a bracketed line that could otherwise pass for a quotation's source (QuoteAttributionLine).
    /// </summary>
    public static bool OpensCredit(ReadOnlySpan<char> text) => Openings.Matches(text) || text.StartsWith(EditingOpening, StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 20 or > 300 || text[0] is not ('A' or 'R' or 'W' or 'C') || !Openings.Matches(text))
        {
            return false;
        }

        var semicolon = text.IndexOf(';');
        return semicolon > 0 && text[(semicolon + 1)..].TrimStart().StartsWith(EditingOpening, StringComparison.OrdinalIgnoreCase);
    }
}
