namespace Ingestion.Parser.Core;

/// <summary>
/// "Sidebar: What stays open" / "• Social Security checks still go out" / "• Air traffic control and airport screening":
/// a news magazine's box set beside the text, printed by the scraper in the text's place. Its label and its bulleted
/// items are no paragraphs of the story, as a review's info box is none; the text goes on after the box's blank line.
/// </summary>
internal static class SidebarBox
{
    private const string Label = "Sidebar";
    private const int MaxItems = 12;
    private const int MaxItemLength = 160;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (IsLabel(text))
        {
            return lines.NearWithinOneBlank(index, 1) is var first && first >= 0 && IsItem(lines[first].Text);
        }

        if (!IsItem(text))
        {
            return false;
        }

        // Up through the items above it, with no blank between them, to the label over the first (one blank allowed there).
        var i = index;
        for (var items = 0; items < MaxItems; items++)
        {
            var above = lines.NearWithinOneBlank(i, -1);
            if (above < 0)
            {
                return false;
            }

            if (IsLabel(lines[above].Text))
            {
                return true;
            }

            if (above != i - 1 || !IsItem(lines[above].Text))
            {
                return false;
            }

            i = above;
        }

        return false;
    }

    /// <summary>"Sidebar: title" or "Sidebar" alone.</summary>
    private static bool IsLabel(string text) =>
        text.Length is >= 7 and <= 80 && text[0] is 'S' or 's' && text.StartsWith(Label, StringComparison.OrdinalIgnoreCase)
        && (text.Length == Label.Length || text[Label.Length] == ':');

    /// <summary>"• item", "* item", "- item": a short bulleted line.</summary>
    private static bool IsItem(string text) =>
        text.Length is > 2 and <= MaxItemLength && text[0] is '•' or '*' or '-' or '◦' or '▪' && text[1] == ' ';
}
