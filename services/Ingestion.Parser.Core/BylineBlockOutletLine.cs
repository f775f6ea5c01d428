namespace Ingestion.Parser.Core;

/// <summary>
/// "OTTAWA — The Northern Ledger" (a Canadian national paper, 2008–2014) and "From: Coastline News" (an Australian news
/// network's story page, 2010–2014): the byline block under the headline gives the publication on a line of its own,
/// after the city the story was filed from or after "From:". On a dump that starts at the headline it is the only trace
/// of the site. A wire named there ("OTTAWA — The Canadian Press") supplied the story and is no site.
/// </summary>
internal static class BylineBlockOutletLine
{
    private const int MaxLinesUnderTitle = 6;
    private const int MaxLength = 70;
    private const int MaxOutletWords = 5;
    private const string FromLabel = "From: ";

    public static string? Name(PageLines lines, int titleIndex, int end)
    {
        foreach (var line in lines.NonBlankAfter(titleIndex, MaxLinesUnderTitle, end))
        {
            if (OutletOf(lines[line].Text.AsSpan().Trim()) is { } outlet)
            {
                return outlet;
            }
        }

        return null;
    }

    /// <summary>"The Northern Ledger" of "OTTAWA — The Northern Ledger"; "Coastline News" of "From: Coastline News".</summary>
    internal static string? OutletOf(ReadOnlySpan<char> text)
    {
        if (text.Length is < 8 or > MaxLength)
        {
            return null;
        }

        ReadOnlySpan<char> outlet;
        if (text.StartsWith(FromLabel, StringComparison.Ordinal))
        {
            outlet = text[FromLabel.Length..].Trim();
        }
        else if (text.IndexOf(" — ", StringComparison.Ordinal) is > 1 and var dash && IsCityInCapitals(text[..dash]))
        {
            outlet = text[(dash + 3)..].Trim();
            // The paper signs with its article: "The Northern Ledger", "The Globe".
            if (!outlet.StartsWith("The ", StringComparison.Ordinal))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var words = Words.Count(outlet);
        return words is >= 1 and <= MaxOutletWords && Words.CapitalisedCount(outlet, MaxOutletWords) == words && !Words.HasDigit(outlet)
            && !Words.EndsSentence(outlet) && !WireServiceByline.IsWireService(outlet.StartsWith("The ", StringComparison.Ordinal) ? outlet[4..] : outlet)
            ? outlet.ToString()
            : null;
    }

    /// <summary>"OTTAWA", "ST. JOHN'S", "QUEBEC CITY": capitals, spaces, dots and apostrophes only.</summary>
    private static bool IsCityInCapitals(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (!(char.IsUpper(character) || character is ' ' or '.' or '\'' or '-'))
            {
                return false;
            }
        }

        return text.Length >= 3;
    }
}
