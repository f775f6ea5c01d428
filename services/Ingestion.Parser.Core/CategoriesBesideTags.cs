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

    /// <summary>"Tags:", "Topics:", "Filed under:" opening the line: the tags' own label.</summary>
    public static bool IsTagLabel(string text) => TagLabels.MatchLength(text.AsSpan().TrimStart()) > 0;

    private static bool IsTagLine(PageLines lines, int index) =>
        index >= 0 && index < lines.Count && TagLabels.MatchLength(lines[index].Text) > 0;
}
