using System.Text;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Red Bastard" / "(22 juin 2018 @11h29)" over one comment and "(22 juin 2018 @11h13)" alone over the next: a forum that
/// lets readers post without a name (SPIP's) prints the same header with the name left out. Read from the markup, a time
/// line of the very shape every named header's time has, standing where no name is over it, starts a comment of its own
/// with no author; otherwise it ran into the comment above as a line of text and the nameless comment was lost. Only on
/// the markup's own lines: in a text browser's dump a time under a comment's text may as well be that comment's footer.
/// </summary>
internal static class NamelessHeaderTime
{
    /// <summary>A few named headers show the shape; one or two could share it by chance.</summary>
    private const int MinNamedHeaders = 3;

    /// <summary>The lines a named header may hold between its name and its time (a badge, a place).</summary>
    private const int HeaderSpan = 4;

    /// <summary>The time lines that start nameless comments, given the lines where the named headers start.</summary>
    public static IReadOnlyList<int> Find(PageLines lines, CommentLine.Kind[] kinds, IReadOnlyList<int> namedStarts)
    {
        if (!MarkupLines.Current || namedStarts.Count < MinNamedHeaders)
        {
            return [];
        }

        string? shape = null;
        var named = 0;
        List<int>? unnamed = null;
        var s = 0;
        var header = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (s < namedStarts.Count && namedStarts[s] == i)
            {
                header = i;
                s++;
            }

            if (kinds[i] != CommentLine.Kind.Date)
            {
                continue;
            }

            // A named header's time is the first under its name; a later one stands under text.
            if (header < 0 || i - header > HeaderSpan)
            {
                (unnamed ??= []).Add(i);
                continue;
            }

            header = -1;
            var own = Shape(lines[i].Text);
            if (shape is not null && shape != own)
            {
                return [];
            }

            shape = own;
            named++;
        }

        if (named < MinNamedHeaders || unnamed is null || shape is null)
        {
            return [];
        }

        return [.. unnamed.Where(i => Shape(lines[i].Text) == shape && lines.TryParseDate(i, out _) && IsOverText(kinds, i))];
    }

    private static bool IsOverText(CommentLine.Kind[] kinds, int index)
    {
        for (var i = index + 1; i < kinds.Length; i++)
        {
            if (kinds[i] == CommentLine.Kind.Text)
            {
                return true;
            }

            if (kinds[i] == CommentLine.Kind.Date)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"(22 juin 2018 @11h29)" → "(9 a 9 @9a9)": each run of letters, digits and spaces as one mark.</summary>
    private static string Shape(string line)
    {
        var shape = new StringBuilder(line.Length);
        var last = '\0';
        foreach (var c in line.AsSpan().Trim())
        {
            var mark = char.IsLetter(c) ? 'a' : char.IsDigit(c) ? '9' : char.IsWhiteSpace(c) ? ' ' : c;
            if (mark != last || mark is not ('a' or '9' or ' '))
            {
                shape.Append(mark);
            }

            last = mark;
        }

        return shape.ToString();
    }
}
