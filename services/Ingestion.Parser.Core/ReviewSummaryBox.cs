namespace Ingestion.Parser.Core;

/// <summary>
/// "Specs" / "Display: 5-inch 1080p LCD" / "Battery: 3,100mAh" and "Pros" / "Two-day battery life" / "Cons" / "Slow camera
/// in low light": a gadget review's summary box, printed by a dump between the byline and the text. Each heading stands
/// alone over a run of short entries with no blank line between them; the box is neither headline nor text.
/// </summary>
internal static class ReviewSummaryBox
{
    private static readonly WordSet Headings = new(["specs", "specifications", "tech specs", "key specs", "pros", "cons", "the good", "the bad"]);

    /// <summary>The longest entry: "Memory: 2GB RAM, 16GB storage, microSD slot" is well under it; a paragraph runs longer.</summary>
    private const int MaxEntryLength = 80;

    /// <summary>How many entries above a line its heading may stand.</summary>
    private const int Reach = 12;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        // Most lines are prose, longer than any entry: turned down before anything else is looked at.
        if (text.Length is 0 or > MaxEntryLength)
        {
            return false;
        }

        if (IsHeading(text))
        {
            return index + 1 < lines.Count && IsEntry(lines[index + 1].Text.AsSpan().Trim());
        }

        if (!IsEntry(text))
        {
            return false;
        }

        // Up through the entries right above it, with no blank line between, to the heading over the first.
        for (var i = index - 1; i >= 0 && i >= index - Reach; i--)
        {
            var above = lines[i].Text.AsSpan().Trim();
            if (IsHeading(above))
            {
                return true;
            }

            if (!IsEntry(above))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsHeading(ReadOnlySpan<char> text) => text.Length <= 16 && Headings.Contains(text.TrimEnd(':'));

    /// <summary>"Two-day battery life", "Price: $349 unlocked": a short phrase, no sentence.</summary>
    private static bool IsEntry(ReadOnlySpan<char> text) => text.Length is > 0 and <= MaxEntryLength && !Words.EndsSentence(text) && !IsHeading(text);
}
