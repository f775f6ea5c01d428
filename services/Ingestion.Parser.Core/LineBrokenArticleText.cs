using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article class="arti-body"&gt;　The day began …。&lt;br&gt;&lt;br&gt;　By noon …。&lt;br&gt;&lt;br&gt;&lt;img …&gt;&lt;br&gt;&lt;br&gt;…&lt;/article&gt;": a
/// template writes the story straight into its <c>article</c> element, the paragraphs parted by line breaks, with no
/// <c>p</c> at all. Weighing the page's article elements by their paragraphs' text alone, such an article weighs
/// nothing, the page is read whole and the teaser boxes under the story (another story's headline, its date) run on
/// as text. The article's own text, in the text nodes written straight into it, weighs as its paragraphs would. A
/// teaser card's <c>article</c> holds its words in elements of its own (a title span, a figcaption), so only
/// whitespace of its own. Cost: per article element of the page, once per page when no content-root class names the
/// text, one pass over its child nodes; no allocation.
/// </summary>
internal static class LineBrokenArticleText
{
    /// <summary>The length of the text written straight into <paramref name="article"/>, each text node trimmed.</summary>
    public static int Length(IElement article)
    {
        var length = 0;
        for (var node = article.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                length += text.Data.AsSpan().Trim().Length;
            }
        }

        return length;
    }
}
