using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// "wheatguy_59         Posted: Thu Sep 26, 2013 7:14 am" / "Post subject: Re: Elevator fire" / the text / "[ Quote ]
/// [ Reply ]": a phpBB-style forum under a story, as a text browser lays out its table: the poster's name in the left cell
/// beside "Posted:" and the time, the subject and the text in the right cell, wrapped at the cell's own width, and the
/// post's buttons at its foot. Each post is set out again as a name over its time and the text's paragraphs, the lines
/// of each paragraph joined, as a thread without a table prints them; the subject and the buttons are furniture.
/// </summary>
internal static class ForumTableDump
{
    private const string Posted = "Posted: ";

    private const int MinimumPosts = 2;

    public static List<TextLine> Normalize(List<TextLine> lines)
    {
        List<int>? rows = null;
        var column = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (PostColumn(lines[i]) is > 0 and var at && (column < 0 || at == column))
            {
                column = at;
                (rows ??= []).Add(i);
            }
        }

        if (rows is null || rows.Count < MinimumPosts)
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count);
        var next = 0;
        foreach (var row in rows)
        {
            if (row < next)
            {
                continue;
            }

            for (; next < row; next++)
            {
                if (!IsHeadingRow(lines[next].Text))
                {
                    result.Add(lines[next]);
                }
            }

            var line = lines[row];
            var posted = line.Text.IndexOf(Posted, StringComparison.Ordinal);
            result.Add(new TextLine(line.Indent, line.Text[..posted].TrimEnd()));
            result.Add(new TextLine(line.Indent, line.Text[(posted + Posted.Length)..].Trim()));
            next = row + 1;
            var paragraph = new StringBuilder();
            for (; next < lines.Count && (lines[next].IsBlank || lines[next].Indent >= column) && !(next > row && rows.Contains(next)); next++)
            {
                var text = lines[next].Text;
                if (text.Length == 0 || IsSubject(text) || IsButtonRow(text))
                {
                    Flush(result, paragraph, line.Indent);
                    continue;
                }

                paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(text);
            }

            Flush(result, paragraph, line.Indent);
            result.Add(new TextLine(0, string.Empty));
        }

        for (; next < lines.Count; next++)
        {
            // "Display posts from previous: [All Posts] Sort [Oldest First] [ Go ]": the board's controls under its posts.
            if (!lines[next].Text.StartsWith("Display posts from previous:", StringComparison.Ordinal))
            {
                result.Add(lines[next]);
            }
        }

        return result;
    }

    /// <summary>The column of "Posted:" after a name cell, or 0 when the line is no post's header row.</summary>
    private static int PostColumn(TextLine line)
    {
        var text = line.Text;
        var posted = text.Length < 20 ? -1 : text.IndexOf("   " + Posted, StringComparison.Ordinal);
        if (posted <= 0 || posted > 40)
        {
            return 0;
        }

        var name = text.AsSpan(0, posted).Trim();
        var start = posted + 3;
        return name.Length > 0 && !name.Contains("   ", StringComparison.Ordinal) && !Words.EndsSentence(name)
            && DateLineParser.TryParseLine(text[(start + Posted.Length)..].Trim(), out _)
            ? line.Indent + start
            : 0;
    }

    /// <summary>"Author              Message": the heading row of the forum's table, over its first post.</summary>
    private static bool IsHeadingRow(string text) =>
        text.StartsWith("Author ", StringComparison.Ordinal) && text.EndsWith(" Message", StringComparison.Ordinal)
        && text.AsSpan("Author ".Length, text.Length - "Author  Message".Length).IsWhiteSpace();

    private static bool IsTimeLine(TextLine line) => DateLineParser.TryParseLine(line.Text, out _);

    private static bool IsSubject(string text) => text.StartsWith("Post subject:", StringComparison.Ordinal);

    /// <summary>"[ Quote ]  [ Reply ]": the post's buttons, each a word in brackets.</summary>
    private static bool IsButtonRow(string text)
    {
        if (text[0] != '[' || text[^1] != ']')
        {
            return false;
        }

        foreach (var range in text.AsSpan().Split(']'))
        {
            var button = text.AsSpan()[range].Trim();
            if (button.Length > 0 && !(button[0] == '[' && Words.Count(button[1..]) == 1))
            {
                return false;
            }
        }

        return true;
    }

    private static void Flush(List<TextLine> result, StringBuilder paragraph, int indent)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        // The first paragraph right under the time, as a thread without a table prints it; the others a blank line apart.
        if (!result[^1].IsBlank && !IsTimeLine(result[^1]))
        {
            result.Add(new TextLine(0, string.Empty));
        }

        result.Add(new TextLine(indent, paragraph.ToString()));
        paragraph.Clear();
    }
}
