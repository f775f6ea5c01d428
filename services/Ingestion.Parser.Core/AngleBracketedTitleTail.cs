namespace Ingestion.Parser.Core;

/// <summary>
/// "見出し　＜サイト名　コーナー名＞": a Japanese page's title may close with its site's (and corner's) name in full-width
/// angle brackets after a space, where other titles put a bar. Those brackets are no headline's own punctuation at its
/// end (a headline quotes with 「」 or 『』), so the bracketed tail is the title's second part, as after "｜".
/// </summary>
internal static class AngleBracketedTitleTail
{
    private const char Open = '＜';

    private const char Close = '＞';

    /// <summary>The title with the bracketed tail parted by a full-width bar ("見出し｜サイト名"), else the title as it is.</summary>
    public static string Parted(string title)
    {
        var text = title.AsSpan().TrimEnd();
        if (text is not [.., Close] || text.LastIndexOf(Open) is not (> 1 and var open) || !char.IsWhiteSpace(text[open - 1])
            || text[(open + 1)..^1] is var inner && (inner.Trim().IsEmpty || inner.IndexOfAny(Open, Close) >= 0))
        {
            return title;
        }

        return string.Concat(text[..open].TrimEnd(), "｜", inner.Trim());
    }
}
