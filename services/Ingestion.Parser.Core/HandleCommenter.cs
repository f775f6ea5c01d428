namespace Ingestion.Parser.Core;

/// <summary>
/// "    • @BlueDog", "  14. @BlueDog says:": a commenter who signs with a social handle. Alone on a line a handle is a share
/// row's or a writer's address, but after a thread's list marker, or before "says:", it is the comment's writer.
/// </summary>
internal static class HandleCommenter
{
    private const int MaxHandleLength = 31;

    /// <summary>"@BlueDog", "@tlc_1949": one word opening with "@" and a letter, of letters, digits and underscores.</summary>
    public static bool IsHandle(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.Length is < 3 or > MaxHandleLength || name[0] != '@' || !char.IsLetter(name[1]))
        {
            return false;
        }

        foreach (var c in name[1..])
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"• @BlueDog", "3. @BlueDog": a list item holding a handle alone.</summary>
    public static bool IsMarkedHeader(string text) =>
        CommentLine.StripMarker(text, out var marker) is var stripped && marker != CommentLine.Marker.None && IsHandle(stripped);

    private const int MostLinesToFooter = 8;

    /// <summary>
    /// "@baycommuter" / "They'll spend it on consultants …" / "Reply · Like · September 25, 2013 at 8:52pm": a Disqus or
    /// Livefyre dump prints a handle alone where it prints the other commenters' names, over the comment's text and its
    /// footer. A writer's address or a share row's handle has no text and time under it.
    /// </summary>
    public static bool IsHeaderOverText(PageLines lines, int index)
    {
        if (!IsHandle(lines[index].Text))
        {
            return false;
        }

        var text = lines.NextNonBlank(index, lines.Count);
        if (text >= lines.Count || lines.TryParseDate(text, out _) || CommentLine.TryParseAfterActions(lines[text].Text, out _) || IsHandle(lines[text].Text))
        {
            return false;
        }

        for (var i = lines.NextNonBlank(text, lines.Count); i < lines.Count && i - index <= MostLinesToFooter; i = lines.NextNonBlank(i, lines.Count))
        {
            if (lines.TryParseDate(i, out var time) || CommentLine.TryParseAfterActions(lines[i].Text, out time))
            {
                return time.Date is not null || time.Relative;
            }
        }

        return false;
    }

    /// <summary>"@BlueDog says:": the line opens with a handle, as it opens with a name.</summary>
    public static bool OpensWithHandle(string text) =>
        text.Length > 2 && text[0] == '@' && char.IsLetter(text[1]);
}
