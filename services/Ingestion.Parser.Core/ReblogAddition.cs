namespace Ingestion.Parser.Core;

/// <summary>
/// "fremontriders reblogged this from cascadecommons and added:" / "Finally. Now do the Aurora Street hill." /
/// "m-ostrowski likes this": a blog's notes under a post quote what a reblogging account added, a line or two of its own
/// words, among the notes. Those words are the other account's, no text of the post: they run to the next note.
/// </summary>
internal static class ReblogAddition
{
    private const string Added = " and added:";

    /// <summary>How many lines a reblog's added words may take before the next note.</summary>
    private const int Reach = 8;

    /// <summary>The last line of the words added under the note at <paramref name="index"/>, or -1.</summary>
    public static int End(PageLines lines, int index, int end)
    {
        var text = lines[index].Text.AsSpan().TrimEnd();
        if (!text.EndsWith(Added, StringComparison.Ordinal) || !lines.IsBoilerplate(index))
        {
            return -1;
        }

        for (var i = index + 1; i < end && i <= index + Reach; i++)
        {
            if (!lines[i].IsBlank && lines.IsBoilerplate(i) && lines[i].Text.Contains(" this", StringComparison.Ordinal))
            {
                return i - 1;
            }
        }

        return -1;
    }
}
