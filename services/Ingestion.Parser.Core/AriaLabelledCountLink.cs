using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="comment_count" aria-label="Read comments on this article, currently there is 1 comment" href="…/forum/…"&gt;
/// &lt;strong aria-hidden="true"&gt;1&lt;/strong&gt; COMMENTS&lt;/a&gt;": a count link that shows its number to the eye and hides it from a
/// screen reader, which reads the label instead. Rendered without the hidden number, the link said only "COMMENTS", so
/// the thread's box declared nothing. The label's "1 comment" is the count when the link also shows that number (in an
/// aria-hidden child) and names comments in its shown words; a label whose number the link does not show counts nothing.
/// Cost: only the links of a found thread box that carry an aria-label.
/// </summary>
internal static class AriaLabelledCountLink
{
    private const int LongestLabel = 120;

    public static int? Of(IElement container)
    {
        foreach (var link in container.GetElementsByTagName("a"))
        {
            if (link.GetAttribute("aria-label") is { Length: > 0 and <= LongestLabel } label && CountBeforeCommentWord(label) is var (count, digits)
                && link.TextContent is var shown && shown.Contains("comment", StringComparison.OrdinalIgnoreCase) && ShowsNumber(link, digits))
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>"… currently there is 1 comment", "12 comments": the number right before the label's last "comment".</summary>
    private static (int Count, string Digits)? CountBeforeCommentWord(string label)
    {
        var word = label.LastIndexOf("comment", StringComparison.OrdinalIgnoreCase);
        if (word < 2 || label[word - 1] != ' ')
        {
            return null;
        }

        var before = label.AsSpan(0, word - 1);
        var start = before.LastIndexOf(' ') + 1;
        var digits = before[start..].ToString();
        return BareCount.Of(digits) is { } count ? (count, digits) : null;
    }

    /// <summary>Whether an element inside the link shows the label's number alone, as the badge does.</summary>
    private static bool ShowsNumber(IElement link, string digits)
    {
        foreach (var part in link.Children)
        {
            if (part.ChildElementCount == 0 && part.TextContent.Trim() == digits)
            {
                return true;
            }
        }

        return false;
    }
}
