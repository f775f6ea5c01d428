namespace Ingestion.Parser.Core;

/// <summary>
/// "09-26-2013, 08:15 PM #1" / "" / "harborrat" / "" / "View Profile" / … / "Join Date" / "" / "Mar 2009" / "" / "Posts" /
/// "" / "1,204" / "" / text, or " #2 " / "03-12-2013, 02:08 PM" / "" / "RiverRat" / "Senior Member" / "Join Date: Apr
/// 2009" / …: a vBulletin post as a browser's innerText prints it, every block of the poster's box on a line of its own,
/// blank lines between them, a field's label and value on lines of their own, and the post's number over its date in
/// vBulletin 3's table. <see cref="ForumPostbitDump"/> reads the compact form a text browser prints; this reads the
/// spaced one. Without it the label "Join Date" over "Mar 2009" reads as a commenter over a comment's time.
/// </summary>
internal static class SpacedPostbit
{
    /// <summary>How many lines, blank ones included, the box may take under the name.</summary>
    private const int MaxPanelReach = 24;

    private const int MaxNameLength = 40;

    private const int MaxValueLength = 30;

    /// <summary>A line this long under the name is the post's text: the box has ended without a field.</summary>
    private const int MinTextLength = 60;

    private static readonly WordSet FieldLabels = new(["join date", "joined", "posts", "location", "age"]);

    private static readonly PrefixSet LabelledFields = new(["join date:", "joined:", "posts:", "location:", "age:"]);

    /// <param name="NameLine">The poster's name.</param>
    /// <param name="Date">The post's date, without its number.</param>
    /// <param name="PanelEnd">The box's last line (a field's value).</param>
    public readonly record struct Post(int NameLine, string Date, int PanelEnd);

    /// <summary>The post whose header is at <paramref name="index"/>, or null.</summary>
    public static Post? Read(List<TextLine> lines, int index)
    {
        if (HeaderDate(lines, index, out var dateLine) is not { } date)
        {
            return null;
        }

        var name = NonBlankLines.Next(lines, dateLine + 1);
        if (name >= lines.Count || lines[name].Text.Trim() is not { Length: > 0 and <= MaxNameLength } nameText || IsField(nameText))
        {
            return null;
        }

        var last = -1;
        for (var i = NonBlankLines.Next(lines, name + 1); i < lines.Count && i <= name + MaxPanelReach; i = NonBlankLines.Next(lines, i + 1))
        {
            var text = lines[i].Text.Trim();
            if (text.Length >= MinTextLength || HeaderDate(lines, i, out _) is not null)
            {
                break;
            }

            if (LabelledFields.Matches(text))
            {
                last = i;
            }
            else if (FieldLabels.Contains(text) && NonBlankLines.Next(lines, i + 1) is var value && value < lines.Count && lines[value].Text.Trim().Length <= MaxValueLength)
            {
                last = value;
                i = value;
            }
        }

        return last > 0 ? new Post(name, date, last) : null;
    }

    private static bool IsField(string text) => LabelledFields.Matches(text) || FieldLabels.Contains(text);

    /// <summary>"09-26-2013, 08:15 PM #1" with a blank line under it, or "#2" over "03-12-2013, 02:08 PM": the post's date, or null.</summary>
    private static string? HeaderDate(List<TextLine> lines, int index, out int dateLine)
    {
        dateLine = index;
        var text = lines[index].Text.AsSpan().Trim();
        // Asked of every line: a number sign at the start or a digit at the end turns prose down first.
        if (text.Length is < 2 or > 48 || !(text[0] == '#' || char.IsAsciiDigit(text[^1])))
        {
            return null;
        }

        if (text[0] == '#')
        {
            if (text.Length > 8 || text[1..].ContainsAnyExceptInRange('0', '9') || index + 1 >= lines.Count)
            {
                return null;
            }

            dateLine = index + 1;
            var below = lines[dateLine].Text.Trim();
            // "03-12-2013, 02:08 PM", "Yesterday, 11:02 PM".
            return below.Length is >= 12 and <= 32 && char.IsAsciiLetterOrDigit(below[0]) && below.Contains(", ", StringComparison.Ordinal)
                && below.Contains(':', StringComparison.Ordinal) && below.AsSpan().ContainsAnyInRange('0', '9') ? below : null;
        }

        return index + 1 < lines.Count && lines[index + 1].IsBlank ? ForumPostbitDump.HeaderDate(lines[index].Text) : null;
    }
}
