using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section&gt;&lt;h3&gt;Lesen Sie auch&lt;/h3&gt;&lt;article&gt;&lt;h3&gt;&lt;a&gt;Other headline&lt;/a&gt;&lt;/h3&gt;&lt;span data-action="bookmark"&gt;&lt;span
/// style="display:none;"&gt;&lt;div class="arrow_box"&gt;&lt;div&gt;Der Beitrag liegt jetzt auf Ihrer Leseliste.&lt;/div&gt;…": a card's
/// bookmark button carries the pop-ups it opens on a click, closed as the page is served. Their words sit some levels
/// under the element that hides them, and no reader sees them: they are no words of the box the card is in.
/// </summary>
internal static class HiddenInsideBox
{
    /// <summary>Whether an element between the text and <paramref name="box"/> (the text's own parent included) is hidden.</summary>
    public static bool Hides(IText text, IElement box)
    {
        for (var element = text.ParentElement; element is not null && element != box; element = element.ParentElement)
        {
            if (HtmlText.IsHiddenElement(element))
            {
                return true;
            }
        }

        return false;
    }
}
