namespace Ingestion.Parser.Core;

/// <summary>
/// "Categories: Laos, Vietnam, Overland" right over "Tags: border crossings, buses, visas": a blog's entry footer names
/// the post's categories and its tags on two lines; the tags are the page's tag list, the categories are not, as a
/// footer giving both on one line ("Filed under: Category · Tagged: a, b") keeps only the tags.
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

        return (index + 1 < lines.Count && TagLabels.MatchLength(lines[index + 1].Text) > 0)
            || (index > 0 && TagLabels.MatchLength(lines[index - 1].Text) > 0);
    }
}
