namespace Ingestion.Parser.Core;

/// <summary>
/// "Salt and Static" / "Harbor Lights" / "Label: Northlight Records" / "Released: Sept. 24, 2013": a music review's
/// info box (a film's or a book's alike), the work's title and maker over a label row and a release row, printed by a
/// dump under the text with no blank line between its lines. The box is no paragraph of the review.
/// </summary>
/// <remarks>
/// Both rows must stand in the run, and every line of it must be short and end no sentence: a review's sentence
/// "Label: the band's own, for once." ends like one, and a lone "Released: …" line is left to the text.
/// </remarks>
internal static class ReleaseInfoBox
{
    private static readonly PrefixSet MakerRows = new(["label: ", "record label: ", "producer: ", "produced by: ", "publisher: ", "studio: ", "distributor: "]);

    private static readonly PrefixSet ReleaseRows = new(["released: ", "release date: ", "release: ", "out: ", "in stores: ", "in theaters: "]);

    private const int MaxLineLength = 80;

    /// <summary>Title, maker, label, release, length and genre rows: a box longer than this is a list of another kind.</summary>
    private const int MaxLines = 8;

    public static bool Is(PageLines lines, int index)
    {
        // Prose is turned down on its length before the run is looked at.
        if (!IsBoxLine(lines[index].Text))
        {
            return false;
        }

        var first = index;
        while (first > 0 && index - first < MaxLines && IsBoxLine(lines[first - 1].Text))
        {
            first--;
        }

        var last = index;
        while (last + 1 < lines.Count && last - first < MaxLines && IsBoxLine(lines[last + 1].Text))
        {
            last++;
        }

        if (first > 0 && !string.IsNullOrWhiteSpace(lines[first - 1].Text))
        {
            return RunsOnUnderText(lines, index, first);
        }

        if (last - first + 1 > MaxLines || (last + 1 < lines.Count && !string.IsNullOrWhiteSpace(lines[last + 1].Text)))
        {
            return false;
        }

        bool maker = false, release = false;
        for (var i = first; i <= last; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            maker |= MakerRows.Matches(text);
            release |= ReleaseRows.Matches(text);
        }

        return maker && release;
    }

    /// <summary>
    /// "… and a better one." / "Salt and Static" / "Harbor Lights" / "Label: …" / "Released: …" / "Tracklist" / …: a scraper
    /// printing no blank lines runs the box on under the review's last sentence and runs the next list on under it. The box
    /// opens right under a sentence of the text and ends at its last label or release row; both rows stand in it.
    /// </summary>
    private static bool RunsOnUnderText(PageLines lines, int index, int first)
    {
        if (!Words.EndsSentence(lines[first - 1].Text))
        {
            return false;
        }

        bool maker = false, release = false;
        for (var i = first; i < lines.Count && i - first < MaxLines && IsBoxLine(lines[i].Text); i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            maker |= MakerRows.Matches(text);
            release |= ReleaseRows.Matches(text);
            if (maker && release)
            {
                return index <= i;
            }
        }

        return false;
    }

    private static bool IsBoxLine(string text) =>
        text.Length is > 0 and <= MaxLineLength && !string.IsNullOrWhiteSpace(text) && !Words.EndsSentence(text);
}
