namespace Ingestion.Parser.Core;

/// <summary>
/// "Things You'll Want:" / "Trowel" / "Gloves" / "Other small ornaments (optional)" / "Stage 1": a how-to's list of things
/// needed may end on an item that reads like a rail's heading ("Other …"). A rail's heading stands over its links, apart
/// from what is above it; a line right under two short items of its indent, in a run of lines indented deeper than the
/// line that leads in to them, is one more item of that list, no heading, and the lines under it are no rail of links.
/// A paragraph's last line over "ALSO READ:" is no item, nor is a text browser's sidebar, every line at the margin.
/// </summary>
internal static class ItemAmongListItems
{
    /// <summary>An item of a list of things: a few words.</summary>
    private const int MaxItemWords = 8;

    public static bool Is(PageLines lines, int index)
    {
        var indent = lines[index].Indent;
        var above = index - 1;
        while (above >= 0 && lines[above] is { IsBlank: false } item && item.Indent == indent)
        {
            if (above >= index - 2 && !IsItem(lines, above))
            {
                return false;
            }

            above--;
        }

        if (above > index - 3)
        {
            return false;
        }

        while (above >= 0 && lines[above].IsBlank)
        {
            above--;
        }

        return above >= 0 && lines[above].Indent < indent;
    }

    private static bool IsItem(PageLines lines, int index) =>
        lines[index].Text is var text && Words.CountUpTo(text, MaxItemWords) <= MaxItemWords
        && !Words.EndsSentence(text) && !BoilerplateFilter.IsRelatedHeading(text) && !lines.IsBoilerplate(index);
}
