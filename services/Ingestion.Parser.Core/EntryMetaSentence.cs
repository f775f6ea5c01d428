namespace Ingestion.Parser.Core;

/// <summary>
/// "This entry was posted in Town Government and tagged fire department, select board on February 19, 2013 by Ellen
/// Marchetti.": WordPress's default themes of 2010–2013 (Twenty Ten to Twenty Twelve) close the entry with one sentence
/// that names its categories, its tags, its day and its writer. The day and the writer end the sentence; they are no
/// part of the last tag. An entry filed in no category opens with its tags: "This entry was tagged lighthouses, museums on
/// June 9, 2014 by Margaret Tolliver."
/// </summary>
internal static class EntryMetaSentence
{
    private const string Opening = "This entry was posted in ";
    private const string TagsOpening = "This entry was tagged ";
    private const string On = " on ";
    private const string By = " by ";

    public static bool TryRead(ReadOnlySpan<char> text, out PageTime time, out string author)
    {
        time = default;
        author = string.Empty;
        return text.Length < 400 && (text.StartsWith(Opening, StringComparison.OrdinalIgnoreCase) || text.StartsWith(TagsOpening, StringComparison.OrdinalIgnoreCase))
            && DateAndWriterStart(text, out time, out author) >= 0;
    }

    /// <summary>The list before " on February 19, 2013 by Ellen Marchetti", or the list itself when no day and writer close it.</summary>
    public static ReadOnlySpan<char> WithoutDateAndWriter(ReadOnlySpan<char> list) =>
        DateAndWriterStart(list, out _, out _) is var start and >= 0 ? list[..start] : list;

    /// <summary>
    /// "… and tagged EU, fishing, Grimsby by Lorna Walmsley. Bookmark the permalink.": Twenty Eleven names the writer
    /// without the day, and the sentence after it says so; the list before " by Name", or the list itself.
    /// </summary>
    public static ReadOnlySpan<char> WithoutWriter(ReadOnlySpan<char> list, ReadOnlySpan<char> nextSentence)
    {
        if (!nextSentence.StartsWith(BookmarkSentence, StringComparison.Ordinal))
        {
            return list;
        }

        var by = list.LastIndexOf(By, StringComparison.Ordinal);
        return by > 0 && list[(by + By.Length)..].Trim() is var name && Words.Count(name) >= 2 && Words.LooksLikePersonName(name) ? list[..by] : list;
    }

    private const string BookmarkSentence = "Bookmark the permalink";

    private static int DateAndWriterStart(ReadOnlySpan<char> text, out PageTime time, out string author)
    {
        time = default;
        author = string.Empty;
        var on = text.LastIndexOf(On, StringComparison.Ordinal);
        if (on < 0)
        {
            return -1;
        }

        var rest = text[(on + On.Length)..].TrimEnd().TrimEnd('.');
        var by = rest.LastIndexOf(By, StringComparison.Ordinal);
        if (by <= 0)
        {
            return -1;
        }

        var name = rest[(by + By.Length)..].Trim();
        if (!Words.LooksLikeName(name) || !DateLineParser.TryParseLine(rest[..by].Trim(), out time) || time.Date is null)
        {
            return -1;
        }

        author = Whitespace.Collapse(name.ToString());
        return on;
    }
}
