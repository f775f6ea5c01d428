namespace Ingestion.Parser.Core;

/// <summary>
/// "Specs" / "Display: 5-inch 1080p LCD" / "Battery: 3,100mAh" and "Pros" / "Two-day battery life" / "Cons" / "Slow camera
/// in low light": a gadget review's summary box, printed by a dump between the byline and the text. Each heading stands
/// alone over a run of short entries with no blank line between them; the box is neither headline nor text. A box may
/// print each heading with its entries on one line ("Pros: Fast, bright screen, nine-hour battery" / "Cons: Plasticky
/// back, mediocre cameras" / "Price: $199"): such a line and the short lines run together with it are the box too.
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

        // "Pros: Fast, bright screen" over "Cons: …": a heading and its entries on one line, with another line of the box beside it.
        if (IsInlineHeading(text))
        {
            return !Words.EndsSentence(text)
                && ((index + 1 < lines.Count && IsEntryOrInlineHeading(lines[index + 1].Text.AsSpan().Trim()))
                    || (index > 0 && IsEntryOrInlineHeading(lines[index - 1].Text.AsSpan().Trim()) && HasInlineHeadingAbove(lines, index)));
        }

        if (!IsEntry(text))
        {
            return false;
        }

        // Up through the entries right above it, with no blank line between, to the heading over the first.
        for (var i = index - 1; i >= 0 && i >= index - Reach; i--)
        {
            var above = lines[i].Text.AsSpan().Trim();
            if (IsHeading(above) || (IsInlineHeading(above) && !Words.EndsSentence(above)))
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

    /// <summary>Whether a line of the box with its heading on it stands a few lines up, with no blank line between.</summary>
    private static bool HasInlineHeadingAbove(PageLines lines, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - Reach; i--)
        {
            var above = lines[i].Text.AsSpan().Trim();
            if (IsInlineHeading(above) && !Words.EndsSentence(above))
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

    /// <summary>"Pros: Fast, bright screen": a heading, a colon and the heading's entries.</summary>
    private static bool IsInlineHeading(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(": ");
        return colon > 0 && colon <= 16 && text.Length > colon + 2 && Headings.Contains(text[..colon]);
    }

    private static bool IsEntryOrInlineHeading(ReadOnlySpan<char> text) => IsEntry(text) || (IsInlineHeading(text) && !Words.EndsSentence(text));

    private static bool IsHeading(ReadOnlySpan<char> text) => text.Length <= 16 && Headings.Contains(text.TrimEnd(':'));

    /// <summary>"Two-day battery life", "Price: $349 unlocked": a short phrase, no sentence.</summary>
    private static bool IsEntry(ReadOnlySpan<char> text) => text.Length is > 0 and <= MaxEntryLength && !Words.EndsSentence(text) && !IsHeading(text);
}
