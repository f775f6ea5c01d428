namespace Ingestion.Parser.Core;

/// <summary>
/// "Share 1.2k" / "Tweet 341" / "LinkedIn 27" / "Comment 86" / "Email": a share row printing a count beside each button.
/// Its "Comment 86" is the comment button's count and opens no thread; the thread's own heading ("86 comments") comes
/// further down, and a row repeated under the text must not take its place.
/// </summary>
internal static class ShareCountRow
{
    private const int MaxButtonLength = 24;

    /// <summary>
    /// Whether the line beside the count line is a share button with its own count. A link to the whole thread
    /// ("Read All Comments (86) »") stands under the comments, so one counted button over it is the last comment's vote
    /// ("Recommend 54", where a reader mode dropped the comment's "Reply" link): there it takes two, as in a row.
    /// </summary>
    public static bool HoldsCount(PageLines lines, int index)
    {
        var above = Counted(lines, index - 1);
        var below = Counted(lines, index + 1);
        return CommentHeadings.IsAllCommentsLink(lines[index].Text)
            ? (above && below) || (above && Counted(lines, index - 2)) || (below && Counted(lines, index + 2))
            : above || below;
    }

    private static bool Counted(PageLines lines, int index) => index >= 0 && index < lines.Count && IsCountedButton(lines[index].Text);

    /// <summary>"Tweet 341", "Share 1.2k": a widget word, a space, then a count in digits (with "k" or "M" for thousands).</summary>
    public static bool IsCountedButton(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is 0 or > MaxButtonLength || !char.IsDigit(text[^1]) && text[^1] is not ('k' or 'K' or 'M'))
        {
            return false;
        }

        var space = text.LastIndexOf(' ');
        if (space <= 0 || !char.IsDigit(text[space + 1]))
        {
            return false;
        }

        foreach (var c in text[(space + 1)..])
        {
            if (!char.IsDigit(c) && c is not ('.' or ',' or 'k' or 'K' or 'M'))
            {
                return false;
            }
        }

        return BoilerplateFilter.IsWidgetWord(text[..space].TrimEnd());
    }
}
