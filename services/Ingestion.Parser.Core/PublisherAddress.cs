namespace Ingestion.Parser.Core;

/// <summary>
/// "Discovery Quarterly" / "1250 Harbor Street, Suite 400" / "Boston, MA 02110": a page's footer prints the publisher's
/// name over its postal address, a street line opening with the number and a town line closing with the ZIP code, run
/// together with no blank line. The three lines are furniture under the text, as the footer's links are.
/// </summary>
internal static class PublisherAddress
{
    private const int LongestLine = 60;

    /// <summary>The block's lines: the name, the street and the town.</summary>
    private const int AddressLines = 3;

    private static readonly WordSet StreetWords = new(
        ["street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "blvd.", "drive", "dr.", "lane", "way", "place", "plaza", "square", "suite", "floor", "parkway", "pike", "highway"]);

    public static bool Is(PageLines lines, int index) => IsAddressLine(lines, index) && !IsAnnounced(lines, index);

    /// <summary>
    /// "If you have questions, write to us at:" / "Harbour Reader Ltd." / "12 Quay Street, Unit 4" / "Portsmouth, ME 03801":
    /// an address the text announces with a colon right over it is what the text says to write to, part of it.
    /// </summary>
    private static bool IsAnnounced(PageLines lines, int index)
    {
        for (var above = index - 1; above >= 0 && above >= index - AddressLines && !lines[above].IsBlank; above--)
        {
            var text = lines[above].Text.AsSpan().TrimEnd();
            if (text is [.., ':'])
            {
                return Words.CountUpTo(text, 4) > 3;
            }
        }

        return false;
    }

    private static bool IsAddressLine(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        // Asked of every line: an address line is short and never a sentence.
        if (text.Length is 0 or > LongestLine || lines[index].IsBlank)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[0]))
        {
            return IsStreet(text) && Below(lines, index) is var town && town >= 0 && IsTown(lines[town].Text.AsSpan().Trim());
        }

        if (IsTown(text))
        {
            return Above(lines, index) is var street && street >= 0 && IsStreet(lines[street].Text.AsSpan().Trim());
        }

        // The publisher's name over the street line.
        return !Words.EndsSentence(text) && Words.CountUpTo(text, 7) <= 6 && Below(lines, index) is var first && first >= 0
            && lines[first].Text.AsSpan().Trim() is [>= '0' and <= '9', ..] && IsAddressLine(lines, first);
    }

    private static int Below(PageLines lines, int index) => index + 1 < lines.Count && !lines[index + 1].IsBlank ? index + 1 : -1;

    private static int Above(PageLines lines, int index) => index > 0 && !lines[index - 1].IsBlank ? index - 1 : -1;

    /// <summary>"1250 Harbor Street, Suite 400": a number, then a street's name and kind.</summary>
    private static bool IsStreet(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestLine || text.IsEmpty || !char.IsAsciiDigit(text[0]) || Words.EndsSentence(text))
        {
            return false;
        }

        foreach (var range in text.SplitAny(" ,"))
        {
            if (StreetWords.Contains(text[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Boston, MA 02110": a town, a comma, the state's two capitals and a five-digit ZIP code.</summary>
    private static bool IsTown(ReadOnlySpan<char> text)
    {
        if (text.Length is < 12 or > 40 || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        var zip = text.LastIndexOf(' ');
        var comma = text.LastIndexOf(", ");
        if (zip < 4 || comma < 1 || comma + 2 > zip - 2)
        {
            return false;
        }

        var code = text[(zip + 1)..];
        var state = text[(comma + 2)..zip].Trim();
        return code.Length is 5 or 10 && !code[..5].ContainsAnyExceptInRange('0', '9') && state.Length == 2 && char.IsAsciiLetterUpper(state[0]) && char.IsAsciiLetterUpper(state[1]);
    }
}
