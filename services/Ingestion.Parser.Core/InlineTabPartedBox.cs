namespace Ingestion.Parser.Core;

/// <summary>
/// "… the only sectors of the S&amp;P 500 to gain." / "Market snapshot" / "Index\tLast\tChange" / "Dow\t15,258.24\t-70.06"
/// / "Nasdaq\t3,781.59\t-6.71" / "Comments (23)": the tab-parted box <see cref="TabPartedBox"/> reads, printed by a scraper
/// that puts no blank line between block elements (BeautifulSoup's <c>get_text("\n")</c>, Selenium's element text), so
/// the rows run on between the story and what follows. Three rows with a tab between their cells are the box, and so is
/// the short heading just over them ("Market snapshot", "THE LISTING"): a story's sentence never holds a tab, and a
/// heading does not end a sentence.
/// </summary>
internal static class InlineTabPartedBox
{
    /// <summary>Three rows make a box, as for a box with blank lines round it.</summary>
    private const int LeastRows = 3;

    private const int MaxHeadingLength = 60;

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        var i = 0;
        while (i < lines.Count)
        {
            if (!TabPartedBox.IsRow(lines[i].Text))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < lines.Count && TabPartedBox.IsRow(lines[end].Text))
            {
                end++;
            }

            if (end - i >= LeastRows)
            {
                result ??= [.. lines];
                var start = i > 0 && IsHeading(lines[i - 1].Text) ? i - 1 : i;
                // "*Data is delayed at least 15 minutes.": the quote table's note right under its rows is the table's.
                end = end < lines.Count && MarketDataDelayNote.Is(lines[end].Text) ? end + 1 : end;
                for (var k = start; k < end; k++)
                {
                    result[k] = new TextLine(0, string.Empty);
                }
            }

            i = end;
        }

        return result ?? lines;
    }

    /// <summary>
    /// "Market snapshot", "Unofficial results, 212 of 212 precincts": short, one cell, no sentence's end. The story's date
    /// line right over a scoreboard ("By Kyle Ames" / "Sept. 27, 2013 6:45 PM PT" / "\t1\t2\t3\t4\tT") heads no box: it
    /// dates the story.
    /// </summary>
    public static bool IsHeading(string text) =>
        text.Length is > 0 and <= MaxHeadingLength && !text.Contains('\t') && text[^1] is not ('.' or '!' or '?' or ':' or ',' or '"' or '\u201d' or ';')
        && !DateLineParser.TryParseLine(text, out _);
}
