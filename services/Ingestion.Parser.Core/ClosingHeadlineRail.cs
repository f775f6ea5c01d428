namespace Ingestion.Parser.Core;

/// <summary>
/// "Around Town" / "Fall Festival set for Oct. 12 on the green" / "Pine Falls road work wraps up", then the comments: a
/// rail of the site's headlines that a scraper prints unbulleted as the last block over the thread. Its heading is a
/// few capitalised words, its items end no sentence, and nothing of the article stands under it, which tells it from a
/// crosshead over text.
/// </summary>
internal static class ClosingHeadlineRail
{
    private const int MaxHeadingLength = 30;
    private const int MaxHeadingWords = 3;
    private const int MaxItemLength = 100;
    private const int MinItemWords = 3;
    private const int MinItems = 2;

    /// <summary>The last headline of the rail whose heading is at <paramref name="heading"/>, or -1.</summary>
    public static int End(PageLines lines, int heading, int end)
    {
        // Asked of every line of the text: a long line or one that ends a sentence is turned down at once.
        var text = lines[heading].Text.AsSpan().Trim();
        if (text.Length is 0 or > MaxHeadingLength || Words.EndsSentence(text) || !char.IsUpper(text[0]) || heading + 1 >= end || lines[heading + 1].IsBlank
            || Words.Count(text) > MaxHeadingWords || Words.CapitalisedCount(text, MaxHeadingWords) != Words.Count(text) || Words.HasDigit(text))
        {
            return -1;
        }

        // "MORE ABOUT" / "Harlan County Jail": a tag label (in capitals every word is capitalised) heads the story's tags,
        // which the tag reader tells from other stories' headlines.
        if (TagLineParser.TryRead(lines[heading].Text) is { Count: 0 })
        {
            return -1;
        }

        // "Anzeige" / "Schlagworte: Freibad, Stadtrat, Sanierung" / "Artikel teilen: …": an ad's label, which a scraper printing
        // no blank lines runs on into the story's tag line and share row, heads no rail.
        if (lines.IsBoilerplate(heading))
        {
            return -1;
        }

        // "Polisen" / "Mer från Nyheter" / headlines: the rail's own heading is the line under, and the line over it is the
        // last of the story's tags, listed one per line with no blank line to part them.
        if (BoilerplateFilter.IsRelatedHeading(lines[heading + 1].Text))
        {
            return -1;
        }

        var i = lines.BlockEnd(heading + 1, end, IsHeadline);
        var items = i - heading - 1;

        // The block stands alone, and the article ends under it, or another rail's heading does ("Around Town" / links /
        // "Most Popular" / links / the comments).
        return items >= MinItems && (i >= end || lines[i].IsBlank) && lines.NextNonBlank(i - 1, end) is var next
            && (next >= end || BoilerplateFilter.IsRelatedHeading(lines[next].Text)) ? i - 1 : -1;
    }

    private static bool IsHeadline(string line)
    {
        var text = line.AsSpan().Trim();
        // "Schlagworte: Freibad, Stadtrat": the story's labelled tag line is no other story's headline.
        return text.Length is > 0 and <= MaxItemLength && char.IsUpper(text[0]) && !Words.EndsSentence(text) && Words.Count(text) >= MinItemWords
            && TagLineParser.TryRead(line) is null;
    }
}
