namespace Ingestion.Parser.Core;

/// <summary>
/// "Conversation" / "9 Comments", "Join the Discussion" / "118 Comments, add yours": a thread's own heading with its
/// count on the line under it. A sports page prints a box score, its line scores and "More MLB" links between the wire's
/// copyright line and the thread, further down than a lone counted heading may stand; the pair is no footer's link.
/// </summary>
internal static class HeadingOverCount
{
    /// <summary>How far under the heading its count may stand (a blank line between them).</summary>
    private const int CountReach = 2;

    /// <summary>The longest heading the pair's first line may be ("Join the Discussion").</summary>
    private const int MaxHeadingLength = 40;

    /// <summary>Whether the line is a plain comment heading with a counted heading right under it.</summary>
    public static bool Is(PageLines lines, int index)
    {
        if (lines[index].Text.Length is 0 or > MaxHeadingLength || lines.HeadingKind(index) != CommentHeadings.Kind.Plain)
        {
            return false;
        }

        var next = lines.NextNonBlank(index, lines.Count);
        return next < lines.Count && next - index <= CountReach && lines.HeadingKind(next) == CommentHeadings.Kind.Count && !ShareCountRow.HoldsCount(lines, next);
    }

    /// <summary>The first such pair's heading line at or after <paramref name="from"/>, or -1.</summary>
    public static int Find(PageLines lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (Is(lines, i))
            {
                return i;
            }
        }

        return -1;
    }
}
