namespace Ingestion.Parser.Core;

/// <summary>
/// A market story's box of the quotes it mentions ("Tickers in this story" / "LKH" / "33.12" / "-1.17" / "-3.41%"): a
/// heading, then each ticker symbol and its price and changes on lines of their own. Prose never runs in such lines.
/// </summary>
internal static class QuoteBox
{
    private static readonly WordSet Headings = new(
    [
        "tickers in this story", "tickers in this article", "stocks in this story", "stocks in this article", "quotes in this story",
        "quotes in this article", "companies in this story", "companies in this article", "securities in this article", "stocks mentioned",
    ]);

    private static readonly System.Buffers.SearchValues<char> NumberCharacters = System.Buffers.SearchValues.Create("0123456789.,");

    public static bool IsHeading(string line) => line.Length < 40 && Headings.Contains(line.AsSpan().Trim(" :"));

    /// <summary>"LKH", "BRK.B", "33.12", "-1.17", "+0.15%", "1,321.10": a symbol of capitals, or a number with its sign or percent.</summary>
    public static bool IsQuoteLine(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty || text.Length > 12)
        {
            return false;
        }

        if (text.Length <= 6 && IsSymbol(text))
        {
            return true;
        }

        var number = text.TrimStart("+-−").TrimEnd('%');
        return !number.IsEmpty && char.IsAsciiDigit(number[0]) && char.IsAsciiDigit(number[^1]) && !number.ContainsAnyExcept(NumberCharacters);
    }

    private static bool IsSymbol(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c) && c != '.')
            {
                return false;
            }
        }

        return char.IsAsciiLetterUpper(text[0]);
    }
}
