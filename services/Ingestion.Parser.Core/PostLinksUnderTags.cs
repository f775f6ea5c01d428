namespace Ingestion.Parser.Core;

/// <summary>
/// "Tags: band, Cedar Bluff High School, state championship" / "City council sets hearing on water rates" / "Harvest
/// festival draws record crowd" / the thread: a blog's links to the previous and the next post, under the post's tag line
/// and over its comments; a browser's copy drops their arrows. Two headlines at most, no sentence among them, and nothing
/// under them before the article's end.
/// </summary>
internal static class PostLinksUnderTags
{
    private const int MaxLinks = 2;

    private const int MaxLength = 120;

    private const int MinWords = 3;

    public static bool Is(PageLines lines, int index, int end)
    {
        // Asked of every line of the text: only the last block before the article's end can hold the links, found first.
        var last = index;
        while (last + 1 < end && !lines[last + 1].IsBlank && last - index < MaxLinks)
        {
            last++;
        }

        if (last - index >= MaxLinks || lines.NextNonBlank(last, end) < end)
        {
            return false;
        }

        for (var i = index; i <= last; i++)
        {
            if (!IsHeadline(lines[i].Text))
            {
                return false;
            }
        }

        // The tag line stands right over the links, a blank line between perhaps.
        var first = index;
        while (first > 0 && !lines[first - 1].IsBlank && last - first + 1 < MaxLinks && IsHeadline(lines[first - 1].Text))
        {
            first--;
        }

        var above = lines.PreviousNonBlank(first);
        return above >= 0 && TagLineParser.TryReadLabelled(lines[above].Text) is { Count: > 0 };
    }

    private static bool IsHeadline(string text) =>
        text.Length is > 0 and <= MaxLength && !Words.EndsSentence(text) && Words.CountUpTo(text, MinWords) >= MinWords && TagLineParser.TryRead(text) is null;
}
