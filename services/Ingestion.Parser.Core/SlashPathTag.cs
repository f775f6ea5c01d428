namespace Ingestion.Parser.Core;

/// <summary>
/// "Monetary / Fiscal Policy / Policy Makers", "Central Banks / Central Bank Events": a wire service's subject codes name
/// each tag as a path of its taxonomy, its levels parted by a spaced slash. The slash is no word: the tag runs to its
/// five words, within a joined tag list's limit, where counting each "/" as a word made it a phrase and kept the whole
/// list as one tag.
/// </summary>
internal static class SlashPathTag
{
    /// <summary>The words of a tag, a slash standing alone between spaces not counted.</summary>
    public static int Words(string tag)
    {
        var words = Core.Words.Count(tag);
        for (var slash = tag.IndexOf(" / ", StringComparison.Ordinal); slash >= 0; slash = tag.IndexOf(" / ", slash + 2, StringComparison.Ordinal))
        {
            words--;
        }

        return words;
    }
}
