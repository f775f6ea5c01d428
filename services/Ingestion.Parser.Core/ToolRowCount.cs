using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Share Tweet +1 Email Comments (4)", "Increase Text Size Decrease Text Size Print Email Your say (4)": the tool row
/// under a headline ends with the link to the thread, its count in brackets. UK and Australian papers printed the thread
/// under a bare "Comments" or "Your say" heading, so the row's count is the only one the page states.
/// </summary>
internal static class ToolRowCount
{
    private static readonly string[] ThreadLinks = ["Comments", "comments", "Comment", "Your say", "Your Say", "Have your say"];

    private const int MinToolWords = 2;
    private const int MaxRowLength = 120;

    /// <summary>The count the row's last link gives, or null when the line is no such row.</summary>
    public static int? Read(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length <= MaxRowLength && (CountBeforeWord(text) ?? CountAfterThreadLink(text) ?? CountLinkBesideThreadLink.Read(text)) is { } counted)
        {
            return counted;
        }

        if (text.Length > MaxRowLength || text.IsEmpty || text[^1] != ')' || text.LastIndexOf('(') is not (> 0 and var open)
            || !int.TryParse(text[(open + 1)..^1], out var count))
        {
            return null;
        }

        var before = text[..open].TrimEnd();
        foreach (var link in ThreadLinks)
        {
            if (EndsWithWord(before, link) && CountsToolWords(before[..^link.Length]))
            {
                return count;
            }
        }

        return null;
    }

    private static readonly string[] CountedThreadWords = ["comments", "comment"];

    /// <summary>The spaces a scraper prints between a row's links: a plain one, or the no-break space of "&amp;nbsp;|&amp;nbsp;".</summary>
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \u00a0");

    /// <summary>
    /// "Email | Print | Font Size: A A | 3 comments": Town News' BLOX row gives the count before the word, behind a bar;
    /// "Email | Print | 642 Comments" with no-break spaces around the bars is the same row of a broadcaster's story, and
    /// "SHARE / TWEET / 82 COMMENTS" a blog's row under its post, parted by slashes.
    /// </summary>
    private static int? CountBeforeWord(ReadOnlySpan<char> text)
    {
        foreach (var word in CountedThreadWords)
        {
            if (text.Length <= word.Length || !text.EndsWith(word, StringComparison.OrdinalIgnoreCase) || !Spaces.Contains(text[^(word.Length + 1)]))
            {
                continue;
            }

            var before = text[..^(word.Length + 1)];
            var space = before.LastIndexOfAny(Spaces);
            var bar = space > 0 ? before[..space].TrimEnd(" \u00a0") : [];
            return (bar.EndsWith('|') || bar.EndsWith('/')) && int.TryParse(before[(space + 1)..], out var count) && CountsToolWords(bar)
                ? count
                : null;
        }

        return null;
    }

    private static readonly string[] ThreadLinksBeforeCount = ["Kommentare lesen", "Kommentare", "Read comments", "Comments"];

    private static readonly string[] PostNouns = ["Beiträge", "Kommentare", "Postings", "comments", "posts"];

    /// <summary>
    /// "In Pocket speichern vorlesen Drucken Kommentare lesen 28 Beiträge": a news ticker's row under the standfirst ends
    /// with the link to its forum, the count of posts printed after the link's label.
    /// </summary>
    private static int? CountAfterThreadLink(ReadOnlySpan<char> text)
    {
        foreach (var noun in PostNouns)
        {
            if (!EndsWithWord(text, noun))
            {
                continue;
            }

            var before = text[..^(noun.Length + 1)].TrimEnd();
            var space = before.LastIndexOf(' ');
            if (space <= 0 || !int.TryParse(before[(space + 1)..], out var count))
            {
                return null;
            }

            var tools = before[..space].TrimEnd();
            foreach (var link in ThreadLinksBeforeCount)
            {
                if (EndsWithWord(tools, link) && CountsToolWords(tools[..^link.Length]))
                {
                    return count;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> ends with <paramref name="word"/> after a space (no string built for the test).</summary>
    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.Length > word.Length && text.EndsWith(word, StringComparison.Ordinal) && text[^(word.Length + 1)] == ' ';

    private static bool CountsToolWords(ReadOnlySpan<char> text)
    {
        var tools = 0;
        foreach (var range in text.SplitAny(" \u00a0"))
        {
            var word = text[range].Trim(" |/\u00a0");
            if (!word.IsEmpty && BoilerplateFilter.IsWidgetWord(word))
            {
                tools++;
            }
        }

        return tools >= MinToolWords;
    }

    /// <summary>The count of the first tool row among the lines from <paramref name="start"/> up to <paramref name="end"/>, or null.</summary>
    public static int? Find(PageLines lines, int start, int end)
    {
        for (var i = start; i < end && i < lines.Count; i++)
        {
            if (Read(lines[i].Text) is { } count)
            {
                return count;
            }
        }

        return null;
    }
}
