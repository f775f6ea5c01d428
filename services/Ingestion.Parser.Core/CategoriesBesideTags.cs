namespace Ingestion.Parser.Core;

/// <summary>
/// "Categories: Laos, Vietnam, Overland" right over "Tags: border crossings, buses, visas", or a blank line from it: a
/// blog's entry footer names the post's categories and its tags on two lines; the tags are the page's tag list, the
/// categories are not, as a footer giving both on one line ("Filed under: Category · Tagged: a, b") keeps only the tags.
/// </summary>
internal static class CategoriesBesideTags
{
    private static readonly PrefixSet CategoryLabels = new(["categories:", "category:", "catégories :", "categorías:", "kategorien:"]);

    // "Topics: a, b" and "Filed under: a • b" are the same tags line in other themes' wording.
    private static readonly PrefixSet TagLabels = new(["tags:", "tagged:", "tagged with:", "tag:", "tags :", "etiquetas:", "schlagwörter:", "topics:", "filed under:", "more on:"]);

    /// <summary>Whether the line is a categories line with a tags line right over or under it.</summary>
    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (text.Length < 12 || text[0] is not ('C' or 'c' or 'K') || CategoryLabels.MatchLength(text) == 0)
        {
            return false;
        }

        return IsTagLine(lines, Neighbour(lines, index, +1)) || IsTagLine(lines, Neighbour(lines, index, -1));
    }

    /// <summary>The next line over or under, past one blank line: a scraper sets each footer paragraph off by one.</summary>
    private static int Neighbour(PageLines lines, int index, int step)
    {
        var next = index + step;
        return next >= 0 && next < lines.Count && lines[next].IsBlank ? next + step : next;
    }

    /// <summary>"Categories:" alone on its line, its list one an item under it.</summary>
    public static bool IsCategoriesLabelAlone(string text)
    {
        var label = text.AsSpan().Trim();
        return label.Length is >= 9 and <= 14 && CategoryLabels.MatchLength(label) == label.Length;
    }

    /// <summary>A footer box's labels printed alone, with no colon: "Kategorien" over its entries, "Tags" over the tags.</summary>
    private static readonly WordSet BareCategoryLabels = new(["categories", "category", "kategorien", "kategorie", "catégories", "categorías", "rubriken"]);

    private static readonly WordSet BareTagLabels = new(["tags", "schlagwörter", "schlagworte", "stichwörter", "étiquettes", "etiquetas", "topics"]);

    /// <summary>Entries under a bare categories label: a few short names.</summary>
    private const int MaxBareEntries = 5;

    /// <summary>
    /// "Kategorien" / "Ausflüge" / "Tags" under the text: a theme's post-info box prints its categories label and its tags
    /// label alone on their lines, each over its links, the tags list often empty. The line before the tags label when
    /// the line at <paramref name="index"/> opens such a box (the categories are neither tags nor text), or -1. Where the
    /// markup's tags label went with its empty list, entries that end the lines close the box.
    /// </summary>
    public static int BareLabelBoxEnd(PageLines lines, int index, int end)
    {
        if (lines[index].Text.Length > 12 || !BareCategoryLabels.Contains(lines[index].Text.AsSpan().Trim()))
        {
            return -1;
        }

        // The tags label may stand past the article's end, where a reader stops at the tags' heading.
        var (entries, last) = (0, index);
        for (var i = index + 1; i < lines.Count && entries <= MaxBareEntries; i++)
        {
            var text = lines[i].Text;
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (BareTagLabels.Contains(text.AsSpan().Trim()))
            {
                return entries > 0 ? Math.Min(i, end) - 1 : -1;
            }

            if (text.Length > 40 || Words.CountUpTo(text, 5) > 4 || Words.EndsSentence(text))
            {
                return -1;
            }

            (entries, last) = (entries + 1, i);
        }

        // The tags label gone with an empty tag list: the entries close the page's text.
        return entries is > 0 and <= MaxBareEntries && lines.NextNonBlank(last, lines.Count) >= lines.Count ? last : -1;
    }

    /// <summary>"Tags:", "Topics:", "Filed under:" opening the line: the tags' own label.</summary>
    public static bool IsTagLabel(string text) => TagLabels.MatchLength(text.AsSpan().TrimStart()) > 0;

    private static bool IsTagLine(PageLines lines, int index) =>
        index >= 0 && index < lines.Count && TagLabels.MatchLength(lines[index].Text) > 0;
}
