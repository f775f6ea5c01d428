namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted by Pete Lindqvist on September 26, 2013 at 9:01 a.m." / "October 15, 2013" / "Mark it down. …": a reader's
/// comment may open with a date of its own, a line alone. Under a header that already gives the comment's time, that
/// date is the comment's first paragraph, not its time: a comment has one time, and the header printed it.
/// </summary>
internal static class DateUnderDatedHeader
{
    private const int MaxLength = 40;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        // A clock time under the header is the comment's edit or its own time in another zone, not the reader's words.
        if (text.Length > MaxLength || HasClock(text))
        {
            return false;
        }

        var above = lines.PreviousNonBlank(index);
        var below = lines.NextNonBlank(index, lines.Count);
        return above >= 0 && above == index - 1 && below < lines.Count && !lines.TryParseDate(below, out _)
            && Words.Count(lines[below].Text.AsSpan().Trim()) >= 4
            && CommentLine.TryReadAuthor(lines[above].Text, out _, out var time, out _) && time is not null && HasClock(lines[above].Text);
    }

    private static bool HasClock(ReadOnlySpan<char> text)
    {
        for (var colon = text.IndexOf(':'); colon > 0 && colon < text.Length - 1; colon = text[(colon + 1)..].IndexOf(':') is var next and >= 0 ? colon + 1 + next : -1)
        {
            if (char.IsAsciiDigit(text[colon - 1]) && char.IsAsciiDigit(text[colon + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
