namespace Ingestion.Parser.Core;

/// <summary>
/// "09-24-2013, 07:02 PM   #2" / "SeagullSteve" / "Senior Member" / "Join Date: Mar 2009" / "Posts: 1,234" / "Re: COLUMN: …" /
/// text: a vBulletin post as a dump prints it, the post's date and number over the poster's box, then the post's subject
/// and text. A newspaper that keeps its readers' comments in the paper's forum prints the thread so under the story. Each
/// post is set out as the comment header a reader takes from it (name, then date) over its text: the number, the rank,
/// the box's fields and a "Re:" subject are furniture. The thread's opening post that only links to the story ("This is a
/// discussion thread for the column: …") is no comment, as in the HTML thread.
/// </summary>
internal static class ForumPostbitDump
{
    /// <summary>The rank lines and fields between the name and the subject: vBulletin prints two to five.</summary>
    private const int MaxPanelLines = 6;

    private static readonly PrefixSet PanelFields = new(["join date:", "joined:", "posts:", "location:", "age:"]);

    private static readonly string[] StoryLinkWords = ["discussion thread for", "read the full story", "read the full column", "discuss this story"];

    public static List<TextLine> Normalize(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeaderDate(lines[i].Text) is { } date && PanelEnd(lines, i) is > 0 and var panelEnd)
            {
                result ??= lines.GetRange(0, i);
                var textStart = IsSubject(lines, panelEnd + 1) ? panelEnd + 2 : panelEnd + 1;
                var end = textStart;
                while (end < lines.Count && !lines[end].IsBlank && HeaderDate(lines[end].Text) is null)
                {
                    end++;
                }

                if (!IsStoryLink(lines, textStart, end))
                {
                    result.Add(lines[i + 1]);
                    result.Add(lines[i] with { Text = date });
                    result.AddRange(lines.GetRange(textStart, end - textStart));
                }
                else if (end < lines.Count && lines[end].IsBlank && (result.Count == 0 || result[^1].IsBlank))
                {
                    // The dropped post's blank line would stand beside the one above it: a run of blank lines is one.
                    end++;
                }

                i = end - 1;
                continue;
            }

            if (SpacedPostbit.Read(lines, i) is { } spaced)
            {
                result ??= lines.GetRange(0, i);
                var textStart = NonBlankLines.Next(lines, spaced.PanelEnd + 1);

                var end = textStart;
                while (end < lines.Count && !lines[end].IsBlank)
                {
                    end++;
                }

                if (IsStoryLink(lines, textStart, end))
                {
                    i = end - 1;
                    continue;
                }

                // The name over the date, as a comment header reads; the blank lines and the text under the box follow as printed.
                result.Add(lines[spaced.NameLine]);
                result.Add(lines[spaced.NameLine] with { Text = spaced.Date });
                i = spaced.PanelEnd;
                continue;
            }

            result?.Add(lines[i]);
        }

        return result ?? lines;
    }

    /// <summary>"09-24-2013, 07:02 PM   #2", "Yesterday, 08:12 AM   #5": the date before the post's number, or null.</summary>
    public static string? HeaderDate(string text)
    {
        // Asked of every line: the number at the end, after a '#', is looked for first.
        if (text.Length is < 12 or > 48 || !char.IsAsciiDigit(text[^1]))
        {
            return null;
        }

        var hash = text.LastIndexOf('#');
        if (hash < 6 || !char.IsWhiteSpace(text[hash - 1]) || text.AsSpan(hash + 1).ContainsAnyExceptInRange('0', '9') || !text.Contains(", ", StringComparison.Ordinal))
        {
            return null;
        }

        var date = text.AsSpan(0, hash).TrimEnd();
        return date.Length > 0 && char.IsAsciiLetterOrDigit(date[0]) && date.ContainsAnyInRange('0', '9') && date.IndexOf(':') > 0 ? date.ToString() : null;
    }

    /// <summary>The last line of the poster's box under the name on the line after the header, or -1 when no field stands there.</summary>
    private static int PanelEnd(List<TextLine> lines, int header)
    {
        var last = -1;
        for (var i = header + 2; i < lines.Count && i <= header + 1 + MaxPanelLines && !lines[i].IsBlank; i++)
        {
            if (PanelFields.Matches(lines[i].Text))
            {
                last = i;
            }
        }

        return header + 1 < lines.Count && !lines[header + 1].IsBlank && lines[header + 1].Text.Length <= 40 ? last : -1;
    }

    /// <summary>"Re: COLUMN: …": the post's subject, a reply's "Re:" line or the opening post's title that the replies repeat.</summary>
    private static bool IsSubject(List<TextLine> lines, int index)
    {
        if (index >= lines.Count || lines[index].IsBlank)
        {
            return false;
        }

        var text = lines[index].Text;
        if (text.StartsWith("Re:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // The opening post's title: a later line is "Re:" and this title.
        var reach = Math.Min(lines.Count, index + 200);
        for (var i = index + 1; i < reach; i++)
        {
            var other = lines[i].Text;
            if (other.Length == text.Length + 4 && other.StartsWith("Re: ", StringComparison.OrdinalIgnoreCase) && other.AsSpan(4).SequenceEqual(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStoryLink(List<TextLine> lines, int start, int end)
    {
        if (end - start is < 1 or > 3)
        {
            return false;
        }

        foreach (var words in StoryLinkWords)
        {
            if (lines[start].Text.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
