namespace Ingestion.Parser.Core;

/// <summary>
/// "Latest State News" / "* Budget talks resume Monday" / "* Gas tax bill stalls in committee", "Recent Stories:" / "* …":
/// a rail of links under the text, a title-case heading over a list a text browser prints with its bullets. Its items are
/// headlines (no sentence ends in them), which tells them from a list in the text ("The plan would:" / "* raise the cap.").
/// </summary>
/// <remarks>
/// A "Most read articles" box prints its heading in sentence case and numbers its items ("1. Viaduct closure set for next
/// weekend"); a list in the text is led in by a line that ends with a colon.
/// </remarks>
internal static class BulletedLinkRail
{
    private const int MaxHeadingWords = 5;
    private const int MaxItemLength = 100;

    /// <summary>The last item of the rail whose heading is at <paramref name="heading"/>, or -1.</summary>
    public static int End(PageLines lines, int heading, int end)
    {
        var i = heading + 1;
        i = i < end && lines[i].IsBlank ? i + 1 : i;
        // Asked of every line of the text: the item under it is looked at first, as it costs least.
        // "Tags" / "* Water Rates": a tag label's list names the article's tags.
        if (i >= end || !IsHeadlineItem(lines[i].Text) || !IsHeading(lines[heading].Text, AllCapitalised(lines, i, end)) || TagLineParser.TryRead(lines[heading].Text) is not null
            || RecipeCard.IsIngredientsHeading(lines[heading].Text))
        {
            return -1;
        }
        var last = lines.BlockEnd(i, end, IsHeadlineItem) - 1;
        var items = last - i + 1;
        return items >= 2 && !IsTextUnder(lines, last, end) ? last : -1;
    }

    private const int ParagraphLength = 60;

    /// <summary>
    /// "Show notes" / "* The 1926 Municipal Sewer Atlas, scanned by the county archive" / "* Episode 19: Water Towers" /
    /// "Music in this episode is …": a post's own list of links, which its text goes on under; a rail closes the text.
    /// </summary>
    private static bool IsTextUnder(PageLines lines, int last, int end)
    {
        var next = lines.NextNonBlank(last, end);
        return next < end && lines[next].Text.Length >= ParagraphLength && Words.EndsSentence(lines[next].Text) && !lines.IsBoilerplate(next);
    }

    /// <summary>Whether every item of the list from <paramref name="first"/> opens with a capital, as headlines do.</summary>
    private static bool AllCapitalised(PageLines lines, int first, int end)
    {
        for (var i = first; i < end && !lines[i].IsBlank && IsHeadlineItem(lines[i].Text); i++)
        {
            if (!char.IsUpper(ItemText(lines[i].Text)[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHeading(string line, bool overHeadlines)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty || text[^1] is '.' or '!' or '?' || Words.HasDigit(text))
        {
            return false;
        }

        // "Most read articles": a box's heading in sentence case, over headlines, with no colon leading into a list.
        if (overHeadlines && text[^1] != ':' && char.IsUpper(text[0]) && Words.Count(text) <= MaxHeadingWords)
        {
            return true;
        }

        return Words.CapitalisedCount(text.TrimEnd(':'), MaxHeadingWords) >= 1;
    }

    private static bool IsHeadlineItem(string line)
    {
        var text = ItemText(line);
        return !text.IsEmpty && line.Length <= MaxItemLength && char.IsLetterOrDigit(text[0]) && !Words.EndsSentence(text);
    }

    /// <summary>The item's text after its bullet ("* ", "• ") or its number ("1. "), or empty when the line is no item.</summary>
    private static ReadOnlySpan<char> ItemText(string line)
    {
        var text = line.AsSpan().TrimStart();
        if (text.Length > 2 && text[0] is '•' or '*' && text[1] == ' ')
        {
            return text[2..];
        }

        var digits = 0;
        while (digits < text.Length && digits < 2 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && text.Length > digits + 2 && text[digits] == '.' && text[digits + 1] == ' ' ? text[(digits + 2)..] : [];
    }
}
