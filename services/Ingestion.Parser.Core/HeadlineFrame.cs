using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Whether an element holds the page's headline, its first h1 unless that heads a thread ("3 Responses"): a box that
/// holds the story's headline is the page's frame, whatever its class says ("blq-int-nav", "content-with-comments"),
/// no menu and no comment thread of it.
/// </summary>
internal static class HeadlineFrame
{
    public static bool Holds(IElement element) =>
        element.Owner?.SelectFirst("h1") is { } headline && element.Contains(headline)
        && CommentHeadings.Classify(Whitespace.Collapse(headline.TextContent)) == CommentHeadings.Kind.None;
}
