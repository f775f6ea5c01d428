using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Three Harbour Stocks to Watch (CVL, PHW, TLF)": an investing site's document title gives, after the headline, the
/// stock symbols the story names, in parentheses. That part is the story's ticker list (as <see cref="TickerListLine"/>
/// reads the row under the text), no site name; the site is then read from the page's logo or copyright line. A title
/// part in parentheses with a word in it ("(Harbour Daily)") or one code alone ("(BBC)") is left to the other readers.
/// Cost: one pass over the title part's characters, only for a part that opens and closes with parentheses.
/// </summary>
internal static class TickerListInTitle
{
    private static readonly SearchValues<char> SymbolCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    public static bool Is(ReadOnlySpan<char> rest)
    {
        if (rest is not ['(', .., ')'] || rest.Length > 120)
        {
            return false;
        }

        var inside = rest[1..^1];
        var symbols = 0;
        foreach (var range in inside.Split(','))
        {
            var symbol = inside[range].Trim();
            if (symbol.Length is < 1 or > 6 || symbol.ContainsAnyExcept(SymbolCharacters))
            {
                return false;
            }

            symbols++;
        }

        // Two codes at least: "(AP)" or "(BBC)" alone after a headline may be the outlet's initials.
        return symbols >= 2;
    }
}
