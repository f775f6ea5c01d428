namespace Ingestion.Parser.Core;

/// <summary>
/// "Symbols in this story: CVL, TLF, BWTR, PHW": a business site's row naming the stocks a story mentions, linked to their
/// quotes. It is the quote box's furniture, as the "Tickers in this story" box is, while the inline "(NYSE: CVL)" stays
/// in the text: a label that speaks of symbols or tickers, then nothing but symbols in capitals.
/// </summary>
internal static class TickerListLine
{
    private static readonly PrefixSet Labels = new(
        ["symbols in this story", "tickers in this story", "stocks in this story", "related symbols", "related tickers", "stocks mentioned", "symbols mentioned", "tickers mentioned", "tickers:", "symbols:"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        // Asked of every line: a short line whose first letter could open a label, and a colon, before the words are read.
        if (text.Length is < 9 or > 160 || text[0] is not ('S' or 's' or 'T' or 't' or 'R' or 'r') || !text.Contains(':') || !Labels.Matches(text))
        {
            return false;
        }

        var colon = text.IndexOf(':');

        var symbols = 0;
        foreach (var range in text[(colon + 1)..].SplitAny(", "))
        {
            var symbol = text[(colon + 1)..][range];
            if (symbol.IsEmpty)
            {
                continue;
            }

            if (symbol.Length > 6 || symbol.ContainsAnyExcept(SymbolCharacters))
            {
                return false;
            }

            symbols++;
        }

        return symbols > 0;
    }

    private static readonly System.Buffers.SearchValues<char> SymbolCharacters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");
}
