namespace Ingestion.Parser.Core;

/// <summary>
/// "Cite This Page:" / "MLA" / "APA" / "Chicago" / "Harbour Institute. "Ferry pilots learn the tides." Harbour Science,
/// 20 May 2020." / "Harbour Institute. (2020, May 20). Ferry pilots learn the tides. …": a science news site's citation
/// box sets the styles as tabs over their panes, so the names stand alone on their lines and the references under them
/// open with no "MLA:" (what <see cref="CitationBlock"/> reads). Each pane cites the story itself, its headline among
/// its words. The tab names and the references, up to the label, are no paragraphs.
/// Cost: asked of every body line; a line neither a style's name nor holding the headline is turned down by one
/// lookup and one search.
/// </summary>
internal static class TabbedCitationBox
{
    private static readonly WordSet StyleNames = new(["MLA", "APA", "Chicago", "Harvard", "Vancouver", "IEEE"]);

    /// <summary>A reference is a sentence or three: the issuer, the headline, the site, the day, the address.</summary>
    private const int LongestReference = 600;

    /// <summary>The tabs and panes of a box: a handful of styles, each over its pane.</summary>
    private const int MostLinesUnderLabel = 12;

    public static bool Is(PageLines lines, int index, string? title)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (!StyleNames.Contains(text) && !IsReference(text, title))
        {
            return false;
        }

        var i = index;
        for (var steps = 0; steps < MostLinesUnderLabel; steps++)
        {
            i = lines.NearWithinOneBlank(i, -1);
            if (i < 0)
            {
                return false;
            }

            var above = lines[i].Text.AsSpan().Trim();
            if (CitationBlock.IsLabel(above))
            {
                return true;
            }

            if (!StyleNames.Contains(above) && !IsReference(above, title))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A line that cites the story: its headline among more words, with a year's digits.</summary>
    private static bool IsReference(ReadOnlySpan<char> text, string? title) =>
        title is { Length: >= 10 } && text.Length > title.Length + 10 && text.Length <= LongestReference
        && text.Contains(title.AsSpan(), StringComparison.OrdinalIgnoreCase) && text.ContainsAnyInRange('0', '9');
}
