namespace Ingestion.Parser.Core;

/// <summary>
/// "Merle V." / "Tue, 09/24/2013 - 18:02" / "Permalink" / "About time" / "About time. That bridge shakes …": Drupal prints
/// each comment's subject (by default the first words of its text) over the text, and a browser's copy gives the
/// subject no mark of its own (no heading's margin, no link bracket). The subject is no paragraph. Read so only when
/// every comment of the thread opens with such a short line over more text, and at least one subject is the first
/// words of the text under it, the comment system's default subject: readers who open with a word of greeting
/// ("Agreed" / text) do not all do it, nor repeat it under.
/// </summary>
internal static class OpeningSubjectLines
{
    private const int MaxSubjectLength = 40;
    private const int MaxSubjectWords = 7;

    /// <summary>
    /// The subject lines opening the comments headed at <paramref name="starts"/> (each comment running to the next
    /// start, the last to <paramref name="threadEnd"/>), or none.
    /// </summary>
    public static List<int> Find(PageLines lines, CommentLine.Kind[] kinds, HashSet<int> notText, IReadOnlyList<int> starts, int threadEnd)
    {
        if (starts.Count < 2)
        {
            return [];
        }

        var subjects = new List<int>(starts.Count);
        var echoed = false;
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : threadEnd;
            var subject = NextText(kinds, notText, starts[s] + 1, end);
            var text = subject < 0 ? -1 : NextText(kinds, notText, subject + 1, end);
            if (text < 0 || !IsSubjectShaped(lines[subject].Text.AsSpan().Trim()))
            {
                return [];
            }

            echoed |= OpensWith(lines[text].Text, lines[subject].Text);
            subjects.Add(subject);
        }

        return echoed ? subjects : [];
    }

    private static int NextText(CommentLine.Kind[] kinds, HashSet<int> notText, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (kinds[i] == CommentLine.Kind.Text && !notText.Contains(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A few words ending no sentence: "Traffic study", "Which course?", "Every year it is the same…".</summary>
    private static bool IsSubjectShaped(ReadOnlySpan<char> line) =>
        line.Length is > 0 and <= MaxSubjectLength && char.IsLetterOrDigit(line[0]) && line[^1] is not ('.' or ',' or ';' or ':')
        && line.Count(' ') < MaxSubjectWords;

    /// <summary>"About time" over "About time. That bridge …": the subject's words open the text, case and marks aside.</summary>
    private static bool OpensWith(string text, string subject)
    {
        var wanted = Letters(subject.AsSpan().Trim().TrimEnd('…').TrimEnd('.'));
        var got = Letters(text.AsSpan().Trim());
        return wanted.Length > 0 && got.StartsWith(wanted, StringComparison.Ordinal)
            && (got.Length == wanted.Length || got[wanted.Length] == ' ');
    }

    private static string Letters(ReadOnlySpan<char> line)
    {
        var letters = new System.Text.StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ' && letters.Length > 0 && letters[^1] != ' ')
            {
                letters.Append(' ');
            }
        }

        return letters.ToString();
    }
}
