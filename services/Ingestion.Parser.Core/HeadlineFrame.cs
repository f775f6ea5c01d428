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
    public static bool Holds(IElement element)
    {
        // Asked of every class-matched row and thread candidate: the first h1 alone serves nearly every page, and only a
        // logo in it sends the search on through the others.
        if (element.Owner?.SelectFirst("h1") is not { } first)
        {
            return false;
        }

        if (!IsLogo(first, out var text))
        {
            return element.Contains(first) && CommentHeadings.Classify(text) == CommentHeadings.Kind.None;
        }

        foreach (var heading in element.Owner.SelectAll("h1"))
        {
            if (heading != first && !IsLogo(heading, out text))
            {
                return element.Contains(heading) && CommentHeadings.Classify(text) == CommentHeadings.Kind.None;
            }
        }

        return false;
    }

    private static bool IsLogo(IElement heading, out string text)
    {
        text = Whitespace.Collapse(heading.TextContent);
        return !Words.HasLetter(text) || HtmlMetaReader.IsHomeLink(heading);
    }
}
