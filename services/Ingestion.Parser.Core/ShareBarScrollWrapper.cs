using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="container-scroll-social-bar"&gt;&lt;div class="inner-text"&gt;&lt;div class="social-bar-follow-scroll"&gt;…&lt;/div&gt;
/// &lt;div class="lead"&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;&lt;div class="document-body"&gt;&lt;p&gt;…": a news template wraps the story's text in the box
/// along which its share bar follows the reader's scrolling, and names the box after the bar. A share word in a class
/// marks a row of buttons on most pages, but a box that holds most of the page's paragraph text, three long paragraphs or
/// more, is the text's wrapper: the bar inside it still goes by its own class. A class that also names another kind of
/// furniture ("social-comments", "share-related") is left to that word.
/// </summary>
internal static class ShareBarScrollWrapper
{
    private const int LongParagraph = 80;

    private static readonly WordSet ShareWords = new("share", "sharing", "shares", "social", "partage", "teilen", "compartir");

    /// <summary>Whether <paramref name="element"/>, classed only with share words among the furniture words, holds the page's text.</summary>
    public static bool Is(IElement element)
    {
        if (element.ClassName is not { } className || !ShareWords.ContainsNamePart(className) || NamesOtherFurniture(className))
        {
            return false;
        }

        var longParagraphs = 0;
        var held = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            var length = paragraph.TextContent.Length;
            held += length;
            if (length >= LongParagraph)
            {
                longParagraphs++;
            }
        }

        if (longParagraphs < 3)
        {
            return false;
        }

        var total = 0;
        foreach (var paragraph in element.Owner!.GetElementsByTagName("p"))
        {
            total += paragraph.TextContent.Length;
        }

        return held * 2 > total;
    }

    private static bool NamesOtherFurniture(string className)
    {
        var names = className.AsSpan();
        foreach (var range in names.SplitAny(" -_"))
        {
            var part = names[range];
            if (HtmlFurniture.IsNoiseWord(part) && !ShareWords.Contains(part))
            {
                return true;
            }
        }

        return false;
    }
}
