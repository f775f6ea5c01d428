namespace Ingestion.Parser.Core;

/// <summary>
/// "Zahlen, bitte!" / "In dieser Rubrik stellen wir …" / "* Alle Artikel zu …" / "mehr anzeigen" between a story's
/// paragraphs: a box set into the text under a heading of its own and folded behind its show-more toggle, as a text
/// browser prints it (<see cref="ToggledHeadedBox"/> takes the same box out of the HTML). The heading stands alone under
/// a paragraph of the story, the toggle ends the box, and the story goes on under it; a story folded behind "mehr
/// anzeigen" is longer than a box.
/// </summary>
internal static class ToggledTextBox
{
    private const int LongestBox = 1200;
    private const int LongestToggle = 20;
    private const int LongestHeading = 80;
    private const int ShortestParagraph = 120;

    private static readonly (int Heading, int Toggle)[] None = [];

    /// <summary>Each box's heading and toggle lines, before <paramref name="end"/>; none on most pages.</summary>
    public static IReadOnlyList<(int Heading, int Toggle)> Find(PageLines lines, int end)
    {
        List<(int Heading, int Toggle)>? boxes = null;
        for (var toggle = 0; toggle < end && toggle < lines.Count; toggle++)
        {
            var text = lines[toggle].Text;
            if (text.Length is > 0 and <= LongestToggle && LeadInLinkListBox.ToggleLabels.Contains(text.AsSpan().Trim())
                && HeadingOver(lines, toggle) is >= 0 and var heading && lines.NextNonBlank(toggle, end) is var under && under < end && IsParagraph(lines[under].Text))
            {
                (boxes ??= []).Add((heading, toggle));
            }
        }

        return boxes ?? (IReadOnlyList<(int Heading, int Toggle)>)None;
    }

    /// <summary>
    /// The box's heading: the nearest line over the toggle that stands alone under a paragraph of the story, with lines of
    /// the box under it. A column's name may end with its exclamation mark ("Zahlen, bitte!"), not with a full stop.
    /// </summary>
    private static int HeadingOver(PageLines lines, int toggle)
    {
        var length = 0;
        for (var i = toggle - 1; i >= 0; i--)
        {
            length += lines[i].Text.Length;
            if (length > LongestBox)
            {
                return -1;
            }

            if (!lines[i].IsBlank && IsHeading(lines, i) && lines.PreviousNonBlank(i) is >= 0 and var above && IsParagraph(lines[above].Text)
                && lines.NextNonBlank(i, toggle) < toggle)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHeading(PageLines lines, int index) =>
        lines[index].Text is { Length: <= LongestHeading } text && lines.StandsAlone(index) && Words.HasLetter(text) && text[^1] != '.'
        && text[0] is not ('*' or '•' or '[');

    private static bool IsParagraph(string text) => text.Length >= ShortestParagraph && Words.EndsSentence(text);
}
