namespace Ingestion.Parser.Core;

/// <summary>
/// "THE LISTING" / "Address:\t1140 Aspen Ridge Road" / "Price:\t$1,250,000" / "Lot:\t5.2 acres", "7-Day Forecast" /
/// "Day\tHigh\tLow\tConditions" / "Sunday\t64\t44\tClearing, windy": a box laid out as a table (a listing's facts, a
/// forecast, a funeral's service times) that a scraper prints with a tab between the cells. A story's sentence never
/// holds a tab between its words; the block, its heading over the rows and a short button under them ("Send Flowers")
/// included, is the box's.
/// </summary>
internal static class TabPartedBox
{
    /// <summary>Three rows make a box; two may be a pair of lines the scraper happened to join.</summary>
    private const int LeastRows = 3;

    /// <summary>A button under the rows is short.</summary>
    private const int MaxOtherLineLength = 60;

    /// <summary>
    /// A heading over the rows may name what the figures are and when ("Secondary rail car market, shuttle trains,
    /// bid/offer per car, Sept. 25", a trade paper's table): longer than a button, still a line of its own in the block.
    /// </summary>
    private const int MaxHeadingLength = 90;

    private const int MaxRowLength = 160;

    public static List<TextLine> Remove(List<TextLine> lines) => TextBlocks.BlankClaimed(lines, (page, start, end) => IsBox(page, start, end) ? end : -1);

    private static bool IsBox(List<TextLine> lines, int start, int end)
    {
        var first = IsRow(lines[start].Text) ? start : start + 1;
        var last = end - 1 > first && !IsRow(lines[end - 1].Text) ? end - 2 : end - 1;
        if (last - first + 1 < LeastRows || !IsOtherLine(lines[start].Text, first > start, MaxHeadingLength) || !IsOtherLine(lines[end - 1].Text, last < end - 1, MaxOtherLineLength))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (!IsRow(lines[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A heading or a button: short, one cell; no line of the block is asked when it is a row.</summary>
    private static bool IsOtherLine(string text, bool isOther, int maxLength) => !isOther || (text.Length <= maxLength && !text.Contains('\t'));

    /// <summary>"Lot:\t5.2 acres": a tab between two cells of text (the line's own indentation is trimmed before).</summary>
    public static bool IsRow(string text) => text.Length <= MaxRowLength && text.IndexOf('\t') > 0 && text[^1] != '\t';
}
