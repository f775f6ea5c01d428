namespace Ingestion.Parser.Core;

/// <summary>
/// "TLT 104.52 -0.21 (-0.20%)" under "Tickers in this story": a quote box may print each ticker's symbol, price and
/// changes on one line, as the text lifts the box's table row. Only asked under the box's heading (<see cref="QuoteBox"/>).
/// </summary>
internal static class QuoteRow
{
    private const int MostLength = 48;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty || text.Length > MostLength || !char.IsAsciiLetterUpper(text[0]))
        {
            return false;
        }

        var parts = 0;
        foreach (var range in text.Split(' '))
        {
            var part = text[range].Trim("()");
            if (part.IsEmpty)
            {
                continue;
            }

            // The symbol first, then only numbers: "104.52", "-0.21", "-0.20%".
            if (!(parts == 0 ? QuoteBox.IsQuoteLine(part.ToString()) && char.IsAsciiLetter(part[0]) : IsNumber(part)))
            {
                return false;
            }

            parts++;
        }

        return parts >= 3;
    }

    private static bool IsNumber(ReadOnlySpan<char> part)
    {
        var number = part.TrimStart("+-−").TrimEnd('%');
        if (number.IsEmpty || !char.IsAsciiDigit(number[0]) || !char.IsAsciiDigit(number[^1]))
        {
            return false;
        }

        foreach (var c in number)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ','))
            {
                return false;
            }
        }

        return true;
    }
}
