namespace Ingestion.Parser.Core;

/// <summary>
/// "By Lena Marquardt 4. März 2019 in Allgemein, Reisen, Rezepte": a blog theme's entry meta runs the byline, the day
/// and the post's categories into one row, the categories after "in" with no bar before it. The byline and the day are
/// the row's metadata; the category names after "in" are neither a place nor more names, so the row is read without them.
/// </summary>
internal static class BylineDateBeforeCategories
{
    private const int MaxCategories = 8;

    private const int MaxWordsPerCategory = 3;

    /// <summary>
    /// Where the categories start (the index of " in "), when the row is the byline and a date ending in a digit, then
    /// " in " and a list of capitalised category names; else -1.
    /// </summary>
    public static int CategoriesAt(ReadOnlySpan<char> row)
    {
        var at = row.LastIndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0 || !char.IsAsciiDigit(row[at - 1]))
        {
            return -1;
        }

        var list = row[(at + " in ".Length)..].Trim();
        if (list.IsEmpty || Words.EndsSentence(list))
        {
            return -1;
        }

        var categories = 0;
        foreach (var range in list.Split(','))
        {
            var category = list[range].Trim();
            if (category.IsEmpty || !char.IsUpper(category[0]) || Words.Count(category) > MaxWordsPerCategory || ++categories > MaxCategories)
            {
                return -1;
            }
        }

        return at;
    }
}
