namespace Ingestion.Parser.Core;

/// <summary>
/// "Data is a real-time snapshot. *Data is delayed at least 15 minutes.", "Quotes delayed at least 20 minutes.": the
/// note a quote table prints right under its rows, saying how late its prices are. It is asked only of the line right
/// under a table's rows, where a story's sentence on delays ("The flight was delayed 40 minutes.") never stands alone.
/// </summary>
internal static class MarketDataDelayNote
{
    private const int MaxLength = 120;

    private static readonly PhraseSet DataWords = new(["data", "quote", "quotes", "prices", "market"]);

    public static bool Is(string text) =>
        text.Length <= MaxLength && text.Contains(" delayed ", StringComparison.OrdinalIgnoreCase)
        && text.Contains(" minutes", StringComparison.OrdinalIgnoreCase) && DataWords.FoundIn(text);
}
