namespace Ingestion.Parser.Core;

/// <summary>
/// "Featured Listing" / "412 Alder Lane, Brookfield" / "$289,900" / "3 bd | 2 ba | 1,850 sq ft" / "Listed by …" / "View
/// Listing | Schedule a Showing": a real-estate section's listing box printed beside its story. Every short line of the
/// block that holds the house's facts row ("bd", "ba" and "sq ft") is the box, no paragraph of the story.
/// </summary>
internal static class ListingBox
{
    /// <summary>A box's line is short; a story's paragraph is longer and is never asked further.</summary>
    private const int MaxLineLength = 80;

    /// <summary>How many lines a box runs to on either side of the line asked.</summary>
    private const int Reach = 8;

    public static bool Is(PageLines lines, int index)
    {
        if (lines[index].Text.Length > MaxLineLength || IsClosingSentenceOfText(lines, index))
        {
            return false;
        }

        for (var i = index; i >= 0 && index - i <= Reach && !lines[i].IsBlank && lines[i].Text.Length <= MaxLineLength; i--)
        {
            if (IsFactsRow(lines[i].Text))
            {
                return true;
            }
        }

        for (var i = index + 1; i < lines.Count && i - index <= Reach && !lines[i].IsBlank && lines[i].Text.Length <= MaxLineLength; i++)
        {
            if (IsFactsRow(lines[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "… where the median price is about $40,000 lower." / "The association's September figures are due out in late
    /// October." / "Featured Listing": a scraper printing no blank lines runs the box on under the story; a short sentence
    /// right under the story's paragraph is its last one. The box opens with its heading, no sentence.
    /// </summary>
    private static bool IsClosingSentenceOfText(PageLines lines, int index) =>
        index > 0 && lines[index - 1].Text.Length > MaxLineLength && Words.EndsSentence(lines[index].Text);

    /// <summary>"3 bd | 2 ba | 1,850 sq ft", "4 beds | 2.5 baths | 2,400 sq. ft.": bedrooms, bathrooms and floor area in one row.</summary>
    public static bool IsFactsRow(string line)
    {
        var text = line.AsSpan();
        return text.Contains('|') && (text.Contains("sq ft", StringComparison.OrdinalIgnoreCase) || text.Contains("sq. ft", StringComparison.OrdinalIgnoreCase))
            && (text.Contains(" bd", StringComparison.Ordinal) || text.Contains(" bed", StringComparison.Ordinal))
            && (text.Contains(" ba", StringComparison.Ordinal) || text.Contains(" bath", StringComparison.Ordinal));
    }
}
