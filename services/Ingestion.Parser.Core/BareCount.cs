namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="bycount" href="…#disqus_thread"&gt;651&lt;/a&gt;" in the byline: a comment counter that prints the number
/// alone, its link to the thread saying what it counts. Only a link to the thread itself is read so: a link to one
/// comment ("#comment-4521") numbered "3" counts nothing.
/// </summary>
internal static class BareCount
{
    /// <summary>"1,204" is the longest a counter prints; more digits are an id or a year.</summary>
    private const int LongestCount = 7;

    /// <summary>
    /// The fragments that name the thread as a whole. ThreadTargetInPageLanguage (a widening): a German, French or Spanish
    /// template names its thread's box in its own language ("&lt;a href="/story#kommentare" title="Zu den Kommentaren"&gt;3&lt;/a&gt;"
    /// beside the section label under the byline), as the comment-section search already knows the box by those ids.
    /// RepliesThreadTarget (a widening): a blog network's template anchors its thread frame as "replies"
    /// ("&lt;a href="#replies"&gt;Comments (52)&lt;/a&gt;" beside the byline, "&lt;a id="replies"&gt;" over the frame): the whole
    /// thread, as "#comments" is; a link to one reply names it by its number ("#reply-4521") and counts nothing.
    /// </summary>
    private static readonly string[] ThreadTargets = ["comments", "disqus_thread", "respond", "kommentare", "commentaires", "comentarios", "replies"];

    public static bool IsThreadTarget(ReadOnlySpan<char> target)
    {
        foreach (var name in ThreadTargets)
        {
            if (target.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number a link's text is, nothing else ("651", "1,204"), or null.</summary>
    public static int? Of(string text)
    {
        if (text.Length is 0 or > LongestCount || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return null;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                value = (value * 10) + (c - '0');
            }
            else if (c != ',')
            {
                return null;
            }
        }

        return value;
    }
}
