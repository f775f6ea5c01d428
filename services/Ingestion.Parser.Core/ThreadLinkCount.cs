namespace Ingestion.Parser.Core;

/// <summary>
/// "See responses (5)" under a post whose thread is shown on a page of its own: a blogging platform prints only a link to
/// the responses, its text a verb and a count heading ("View comments (12)", "Read 5 responses"), and no thread follows
/// it for the comment section to be found by. The link's count is the page's declared count when the page shows no
/// comment and states no other count. Only a short line whose verb sends the reader to the thread and whose rest is a
/// count heading counts, and only when every such line on the page gives the same number: a rail of teasers each with
/// its own count declares nothing for this page. The verb is asked first, of each line's first letters; asked once per
/// page, after every other count came to nothing.
/// </summary>
internal static class ThreadLinkCount
{
    private static readonly PrefixSet LinkVerbs = new(["see ", "view ", "read ", "show "]);

    private const int MaxLineLength = 40;

    public static int? Find(PageLines lines)
    {
        int? found = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            if (text.Length is 0 or > MaxLineLength || LinkVerbs.MatchLength(text) == 0 || lines.HeadingKind(i) != CommentHeadings.Kind.Count
                || lines.DeclaredCount(i) is not { } count)
            {
                continue;
            }

            if (found is { } earlier && earlier != count)
            {
                return null;
            }

            found = count;
        }

        return found;
    }
}
