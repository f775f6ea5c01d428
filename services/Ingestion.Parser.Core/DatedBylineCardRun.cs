namespace Ingestion.Parser.Core;

/// <summary>
/// "SUGGESTED READS" / "Harbour pilots' strike ends" / "by Lena Hoff (5/17/2007)" / "List: Things Ferry Captains Say" /
/// "by Tom Reyes (5/4/2005)": under the text, a list of other stories prints each headline over its own dated byline. A
/// dated byline after the text whose line-but-one above or below is another dated byline, of another writer or another
/// day, with one line that is neither byline nor date between them, is such a card: it signs and dates the other story,
/// not this one. The article's own byline is not repeated two lines off with another name or day.
/// Cost: asked only of a dated byline after the first paragraph; the neighbours' metadata is cached by the lines.
/// </summary>
internal static class DatedBylineCardRun
{
    /// <summary>A card's headline is a line, not a paragraph of text.</summary>
    private const int LongestHeadline = 150;

    /// <summary>Whether the dated byline at <paramref name="index"/> is one card of a run of other stories' cards.</summary>
    public static bool Is(PageLines lines, int index, int end)
    {
        if (!lines.TryReadMetadata(index, out var card) || card.Authors is null || card.Time is not { Date: not null } time)
        {
            return false;
        }

        var below = lines.NextNonBlank(index, end);
        if (below < end && IsHeadline(lines, below) && lines.NextNonBlank(below, end) is var nextCard && nextCard < end
            && IsOtherCard(lines, nextCard, card.Authors, time))
        {
            return true;
        }

        var above = lines.PreviousNonBlank(index);
        return above > 0 && IsHeadline(lines, above) && lines.PreviousNonBlank(above) is var previousCard && previousCard >= 0
            && IsOtherCard(lines, previousCard, card.Authors, time);
    }

    private static bool IsHeadline(PageLines lines, int index) =>
        lines[index].Text.Length <= LongestHeadline && !lines.TryReadMetadata(index, out _) && !lines.TryParseDate(index, out _);

    private static bool IsOtherCard(PageLines lines, int index, List<string> authors, PageTime time) =>
        lines.TryReadMetadata(index, out var other) && other.Authors is { } names && other.Time is { Date: not null } otherTime
        && (otherTime.Date != time.Date || !SameNames(names, authors));

    private static bool SameNames(List<string> names, List<string> authors)
    {
        if (names.Count != authors.Count)
        {
            return false;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (!string.Equals(names[i], authors[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
