namespace Ingestion.Parser.Core;

/// <summary>
/// "Ein Zoobesuch ist schon lange kein unbeschwertes Freizeitvergnügen mehr, seit Jahren gibt es eine lauter werdende..." /
/// "Mehr →": another story's blurb, cut off mid-sentence by the site and closed by its link to read on, as a menu's or a
/// rail's featured story prints. A story's own text is neither cut short nor followed by a link to itself.
/// </summary>
internal static class CutTeaserOverReadOnLink
{
    /// <summary>The read-on link stands right under the blurb, a blank line between at most.</summary>
    private const int MostLinesToLink = 2;

    public static bool Is(PageLines lines, int index, int end)
    {
        var text = lines[index].Text.AsSpan().TrimEnd();
        var cut = text.EndsWith("...", StringComparison.Ordinal) ? text[..^3] : text.EndsWith('…') ? text[..^1] : [];
        if (cut.IsEmpty || !char.IsLetter(cut[^1]))
        {
            return false;
        }

        var link = lines.NextNonBlank(index, end);
        return link < end && link - index <= MostLinesToLink && ReadMoreTeaserRun.IsReadOnLink(lines[link].Text);
    }
}
