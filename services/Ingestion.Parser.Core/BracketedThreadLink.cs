namespace Ingestion.Parser.Core;

/// <summary>
/// "[ Read All Comments ]": a link to the whole thread that the page itself sets in brackets under the few comments it
/// shows. A text browser's dump looks like a bracketed button, which is dropped as no text; this one ends the thread, so
/// its words are kept.
/// </summary>
internal static class BracketedThreadLink
{
    public static string? Link(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length < 5 || span[0] != '[' || span[^1] != ']')
        {
            return null;
        }

        var link = span[1..^1].Trim().ToString();
        return CommentHeadings.IsAllCommentsLink(link) && CommentHeadings.Classify(link) == CommentHeadings.Kind.Form ? link : null;
    }
}
