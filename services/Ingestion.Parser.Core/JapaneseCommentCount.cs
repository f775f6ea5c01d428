namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="…#ulCommentWidget"&gt;コメント&amp;nbsp;0&lt;/a&gt;": a Japanese blog's count link to a thread that loads by script
/// states the thread's count after the noun ("コメント 0", "コメント(3)", "コメント（12）"). Read only on a link into the
/// thread (HtmlCommentSection.CountOfLinkTo), never as a heading of a text page: a rendering prints the link among the
/// share buttons above the text, where a count heading would open the comment section before the story.
/// </summary>
internal static class JapaneseCommentCount
{
    private const string Noun = "コメント";
    private const int LongestCount = 6;

    public static int? Of(string label)
    {
        var text = label.AsSpan().Trim();
        if (!text.StartsWith(Noun, StringComparison.Ordinal))
        {
            return null;
        }

        var count = text[Noun.Length..].Trim().Trim("(（)）").Trim();
        return count.Length is > 0 and <= LongestCount && !count.ContainsAnyExceptInRange('0', '9') ? int.Parse(count) : null;
    }
}
