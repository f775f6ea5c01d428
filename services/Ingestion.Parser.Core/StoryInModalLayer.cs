using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="render-target-modal" class="render-target-modal modal-open_D(b) …"&gt;…&lt;h1&gt;Headline&lt;/h1&gt;…&lt;article&gt;&lt;p&gt;…":
/// a portal of 2015–2018 opens a story in a modal layer over its index page, and the saved page keeps the layer open. A
/// box whose class or id names a modal or popup is furniture on most pages (a sign-up or cookie dialog), but one that
/// holds an <c>article</c> with paragraphs of text in it is the story itself. (Its headline may sit in a <c>header</c>,
/// which goes with the landmarks before this is asked.)
/// </summary>
internal static class StoryInModalLayer
{
    private const int MinArticleText = 500;

    private static readonly WordSet LayerWords = new("modal", "popup", "overlay", "lightbox");

    public static bool Is(IElement element)
    {
        if (!LayerWords.ContainsNamePart(element.ClassName) && !LayerWords.ContainsNamePart(element.Id))
        {
            return false;
        }

        return element.SelectAll("article").Any(article => article.SelectAll("p").Sum(paragraph => paragraph.TextContent.Length) > MinArticleText);
    }
}
