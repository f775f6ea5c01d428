using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Whether an element holds the page's headline, its first h1 unless that heads a thread ("3 Responses"): a box that
/// holds the story's headline is the page's frame, whatever its class says ("blq-int-nav", "content-with-comments"),
/// no menu and no comment thread of it. A site's logo in an h1 (a link to the front page, or a picture without words)
/// is no headline: a header box round it is still a menu.
/// </summary>
internal static class HeadlineFrame
{
    public static bool Holds(IElement element) => Headline(element.Owner) is { } headline && element.Contains(headline);

    private static IElement? Headline(IDocument? document)
    {
        if (document is null)
        {
            return null;
        }

        foreach (var heading in document.SelectAll("h1"))
        {
            if (HtmlMetaReader.IsHomeLink(heading) || Whitespace.Collapse(heading.TextContent) is var text && !Words.HasLetter(text))
            {
                continue;
            }

            return CommentHeadings.Classify(text) == CommentHeadings.Kind.None ? heading : null;
        }

        return null;
    }
}
