namespace Ingestion.Parser.Core;

/// <summary>
/// "Thanks Rob!" / "Submitted by marisol_t on Tue, 03/12/2013 - 18:02." / text: Drupal prints the subject the reader gave
/// a comment over its "Submitted by" line. The subject is no paragraph, and it ends the comment above it as that
/// comment's "reply" link does (a reader mode drops the link). Read so only when every comment of the thread, the first
/// included, has such a short line right over its signature, and the comment above keeps text of its own.
/// </summary>
internal static class SubjectOverSubmittedBy
{
    private const int MaxSubjectLength = 80;
    private const string Submitted = "Submitted by ";

    /// <summary>The subject lines over the comments' "Submitted by" signatures among <paramref name="starts"/>, or none.</summary>
    public static List<int> Find(PageLines lines, CommentLine.Kind[] kinds, IReadOnlyList<int> starts)
    {
        var subjects = new List<int>();
        if (starts.Count < 2)
        {
            return subjects;
        }

        var from = -1;
        foreach (var start in starts)
        {
            // "Recent comments" / "* traffic study 6 hours 12 min ago": the sidebar's links under the thread are no comments.
            if (!PermalinkBeforeSignature.Strip(lines[start].Text.TrimStart()).StartsWith(Submitted, StringComparison.OrdinalIgnoreCase))
            {
                from = start;
                continue;
            }

            var above = start - 1;
            while (above > from && kinds[above] == CommentLine.Kind.Blank)
            {
                above--;
            }

            if (above <= from || kinds[above] != CommentLine.Kind.Text || lines[above].Text.Length > MaxSubjectLength || (from >= 0 && !HasTextBetween(kinds, from, above)))
            {
                return [];
            }

            subjects.Add(above);
            from = start;
        }

        return subjects.Count >= 2 ? subjects : [];
    }

    private static bool HasTextBetween(CommentLine.Kind[] kinds, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (kinds[i] == CommentLine.Kind.Text)
            {
                return true;
            }
        }

        return false;
    }
}
