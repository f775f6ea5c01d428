using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="suggest"&gt;&lt;h2&gt;Latest in …&lt;/h2&gt;&lt;article&gt;&lt;h3&gt;&lt;a href="/other"&gt;Other headline&lt;/a&gt;&lt;/h3&gt;&lt;img&gt;&lt;p&gt;Its
/// summary of three sentences …&lt;/p&gt;&lt;/article&gt;&lt;/section&gt;": a template (SPIP's among them) that sets the story's own
/// text in a plain div and marks only the cards of its rails as <c>article</c> elements. A card's headline is a link to
/// the other story and its text a summary of a few lines; when no content-root class names the text, the longest such
/// card outweighs every other article element and was taken for the story. An article element that short with a linked
/// heading is a card, no candidate for the text: the densest block of prose is then looked for. A post's own article
/// element holds more than a card's few lines, even when its headline links to its permalink.
/// </summary>
internal static class TeaserCardArticle
{
    /// <summary>Longest card: a headline and a summary of three or four sentences.</summary>
    private const int LongestCard = 800;

    /// <summary>
    /// Whether <paramref name="article"/> is that short and its own headline, its first heading, is a link or inside one;
    /// a short story whose headline is plain text keeps a linked box of its own ("a h2" over a picture) as its text's.
    /// </summary>
    public static bool Is(IElement article) =>
        !NodeText.IsLongerThan(article, LongestCard) && article.SelectFirst("h1, h2, h3, h4") is { } heading
        && (heading.SelectFirst("a") is not null || heading.Nearest("a") is { } link && article.Contains(link));
}
