namespace Ingestion.Parser.Core;

/// <summary>
/// "This entry was posted in Reviews, Tablets and tagged android, arcadia, tablets by Owen Fairbanks. Bookmark the
/// permalink.": Twenty Eleven, WordPress's default theme of 2011–2012, closes its entry footer's tag list with the writer
/// and no day (Twenty Twelve adds the day, which <see cref="EntryMetaSentence"/> reads). The writer is no part of the
/// last tag.
/// </summary>
internal static class TaggedByWriter
{
    private const string By = " by ";

    /// <summary>The tag list without a closing " by Name", or the list itself when no writer closes it.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> list)
    {
        var by = list.LastIndexOf(By, StringComparison.Ordinal);
        if (by <= 0)
        {
            return list;
        }

        // The writer closes the sentence: no further tag after a comma, and a capitalised name, not a tag phrase ("stand by me").
        var name = list[(by + By.Length)..].TrimEnd().TrimEnd('.');
        return name.Contains(',') || !Words.LooksLikeName(name) || !EveryWordCapitalised(name) ? list : list[..by];
    }

    private static bool EveryWordCapitalised(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            if (name[range] is [var first, ..] && !char.IsUpper(first))
            {
                return false;
            }
        }

        return true;
    }
}
