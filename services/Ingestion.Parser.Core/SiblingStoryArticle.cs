using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article id="first-story"&gt;&lt;h2&gt;…&lt;/h2&gt;&lt;p class="authors"&gt;von …&lt;/p&gt;…&lt;/article&gt;&lt;article id="next-story"&gt;&lt;figure&gt;…
/// &lt;figcaption&gt;…&lt;/figcaption&gt;&lt;/figure&gt;&lt;h2&gt;…&lt;/h2&gt;&lt;p class="authors"&gt;von …&lt;/p&gt;…&lt;/article&gt;": a section's list that
/// opens the page's story in full and goes on with the section's next stories, each expanded in an `article` of its
/// own with its headline and byline. A picture in an article after the first full story is another story's, so its
/// caption is none of this page's. Only when an earlier sibling article is itself a full story (its paragraphs run long)
/// does this hold: a teaser card before the story is no story, and the story's own pictures stay its captions.
/// </summary>
internal static class SiblingStoryArticle
{
    /// <summary>The paragraph text an earlier article needs to be a story in full rather than a teaser card.</summary>
    private const int MinStoryText = 600;

    private const string BylineMarks = "[rel='author'], [class*='author'], [class*='byline']";

    public static bool Holds(IElement caption)
    {
        if (caption.Nearest("article") is not { } article || !IsStory(article, MinStoryText / 4))
        {
            return false;
        }

        for (var earlier = article.PreviousElementSibling; earlier is not null; earlier = earlier.PreviousElementSibling)
        {
            if (earlier.LocalName == "article" && IsStory(earlier, MinStoryText))
            {
                return true;
            }
        }

        return FollowsStoryInOtherWrapper(article);
    }

    /// <summary>
    /// "&lt;div class="stream-primary"&gt;&lt;div&gt;&lt;article&gt;story&lt;/article&gt;&lt;/div&gt;&lt;/div&gt;&lt;div class="stream-secondary"&gt;&lt;div&gt;
    /// &lt;h2&gt;November 29&lt;/h2&gt;&lt;article&gt;next story&lt;/article&gt;&lt;/div&gt;…": a stream of short posts that opens with the page's
    /// post in full and goes on with the stream's other posts, each an article of its own but each in a wrapper of its own
    /// (a day's heading beside it), so the articles are no siblings. The widening ("a full story in an earlier wrapper"):
    /// an earlier sibling of a wrapper around the article that is, or holds, a full story makes this article another
    /// story too. The page's own story has no full story before it, so its pictures stay captioned. Cost: asked only of an
    /// article that is itself a story and has no earlier sibling story; per ancestor, its earlier siblings, each one
    /// selector query for an article.
    /// </summary>
    private static bool FollowsStoryInOtherWrapper(IElement article)
    {
        for (var wrapper = article.ParentElement; wrapper is not null && wrapper.LocalName is not ("body" or "html"); wrapper = wrapper.ParentElement)
        {
            for (var earlier = wrapper.PreviousElementSibling; earlier is not null; earlier = earlier.PreviousElementSibling)
            {
                if (earlier.LocalName == "article" ? IsStory(earlier, MinStoryText) : HoldsStory(earlier))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HoldsStory(IElement box)
    {
        foreach (var article in box.SelectAll("article"))
        {
            if (IsStory(article, MinStoryText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An article with a headline, a byline and at least <paramref name="minText"/> characters in its paragraphs.</summary>
    private static bool IsStory(IElement article, int minText)
    {
        if (article.SelectFirst("h1, h2") is null || article.QuerySelector(BylineMarks) is null)
        {
            return false;
        }

        var text = 0;
        foreach (var paragraph in article.SelectAll("p"))
        {
            text += paragraph.TextContent.Length;
            if (text >= minText)
            {
                return true;
            }
        }

        return false;
    }
}
