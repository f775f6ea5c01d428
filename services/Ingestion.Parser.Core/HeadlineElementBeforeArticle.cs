using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="c41" class="csc-default"&gt;&lt;article&gt;&lt;h1&gt;Wohin fließt das Regenwasser?&lt;/h1&gt;&lt;p&gt;Wenn es regnet, …&lt;/p&gt;&lt;/article&gt;&lt;/div&gt;
/// &lt;div id="c42" class="csc-default"&gt;&lt;article&gt;&lt;figure&gt;…&lt;/figure&gt;&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;&lt;/article&gt;&lt;/div&gt;": a CMS that
/// builds a page from content elements (TYPO3's "csc-default") sets each in an article of its own, the headline and the
/// opening paragraph in the first, the rest of the text in the next. The article with the most text lacks the opening;
/// the text is the column that holds both, where the headline's element stands right before it, holds no more than a
/// few short paragraphs beside its h1, and every element of the column is a content element of the same kind.
/// </summary>
internal static class HeadlineElementBeforeArticle
{
    private const int MostOpeningParagraphs = 3;

    private const int LongestOpening = 600;

    /// <summary>The column holding the headline's element and <paramref name="article"/>, or <paramref name="article"/> itself.</summary>
    public static IElement Joined(IElement article)
    {
        if (article.SelectFirst("h1") is not null)
        {
            return article;
        }

        // The content element wrapping the article, where the article is its only child.
        var element = article.ParentElement is { ChildElementCount: 1 } wrapper ? wrapper : article;
        if (element.ParentElement is not { } column || column.LocalName is "body" or "html" || PreviousContentElement(element) is not { } opening
            || !IsSameKind(opening, element) || !IsHeadlineOpening(opening)
            || !column.Children.Where(child => !IsEmpty(child)).All(child => IsSameKind(child, element)))
        {
            return article;
        }

        return column;
    }

    private static IElement? PreviousContentElement(IElement element)
    {
        var previous = element.PreviousElementSibling;
        while (previous is not null && IsEmpty(previous))
        {
            previous = previous.PreviousElementSibling;
        }

        return previous;
    }

    /// <summary>An anchor box between content elements ("&lt;div class="dAnchorTag" id="da41"&gt;&lt;/div&gt;") holds nothing.</summary>
    private static bool IsEmpty(IElement element) => element.ChildElementCount == 0 && string.IsNullOrWhiteSpace(element.TextContent);

    private static bool IsSameKind(IElement one, IElement other) =>
        one.LocalName == other.LocalName && string.Equals(one.ClassName, other.ClassName, StringComparison.Ordinal);

    /// <summary>An h1 and at most a few short paragraphs after it, nothing else with text.</summary>
    private static bool IsHeadlineOpening(IElement opening)
    {
        var headings = opening.SelectAll("h1");
        if (headings.Length != 1)
        {
            return false;
        }

        var paragraphs = opening.SelectAll("p");
        var text = paragraphs.Sum(paragraph => paragraph.TextContent.Length);
        return paragraphs.Length is > 0 and <= MostOpeningParagraphs && text <= LongestOpening
            && Whitespace.Collapse(opening.TextContent).Length <= Whitespace.Collapse(headings[0].TextContent).Length + text + paragraphs.Length + 1;
    }
}
