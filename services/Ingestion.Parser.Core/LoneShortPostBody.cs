using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="post-body entry-content" itemprop="articleBody"&gt;Two lines of a short post. :-)&lt;/div&gt;": a blog post of
/// a sentence or two, in the box its markup names as the post's text, holds fewer characters than a content root is asked
/// to (<see cref="HtmlContentRoot"/>: a teaser card's blurb is as short). When nothing else on the page reads as its text
/// (no article element, no prose block once the rails are gone), the named box is the text if it is the only one of its
/// class on the page: teaser blurbs come in runs of cards, each with the same class, and a listing of several short posts
/// has one box per post.
/// </summary>
internal static class LoneShortPostBody
{
    public static IElement? Find(IDocument document, IElement?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is null || candidate.LocalName is "body" or "html" || !HtmlContentRoot.IsInDocument(candidate, document)
                || candidate.TextContent.AsSpan().Trim().IsEmpty || StoryCardCandidate.Is(candidate))
            {
                continue;
            }

            return candidate.ClassList.Length > 0 && document.GetElementsByClassName(candidate.ClassList[0]).Length == 1 ? candidate : null;
        }

        return null;
    }
}
