namespace Ingestion.Parser.Core;

/// <summary>
/// "See responses (4)" / "More From Medium" / teasers / "Responses (4)" / the responses: a blogging platform prints a link
/// to the thread under the post's boxes and the thread's own heading, with the same count, further down. The link is
/// no heading: the thread starts at the heading that repeats its count without the link's verb.
/// </summary>
internal static class ThreadLinkOverHeading
{
    private static readonly PrefixSet LinkVerbs = new(["see ", "view ", "read ", "show "]);

    /// <summary>How far under the link the heading may stand: a box of a few teasers lies between.</summary>
    private const int HeadingWithin = 30;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        if (text.Length > 40 || LinkVerbs.MatchLength(text) == 0 || lines.DeclaredCount(index) is not { } count)
        {
            return false;
        }

        for (var i = index + 1; i < lines.Count && i <= index + HeadingWithin; i++)
        {
            if (lines[i].IsBlank || lines[i].Text.Length > 40 || lines.HeadingKind(i) != CommentHeadings.Kind.Count
                || LinkVerbs.MatchLength(lines[i].Text.AsSpan().Trim()) > 0)
            {
                continue;
            }

            return lines.DeclaredCount(i) == count;
        }

        return false;
    }
}
