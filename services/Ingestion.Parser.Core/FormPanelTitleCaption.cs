using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="searchPanel"&gt;&lt;div class="close-panel"&gt;&lt;/div&gt;&lt;div class="panel-caption"&gt;Posts Search&lt;/div&gt;&lt;hr&gt;
/// &lt;form action="/news/"&gt;…&lt;/form&gt;&lt;/div&gt;": a template names the title of a slide-in panel that holds a form (a search
/// box, a newsletter sign-up) its "caption", as a table names its heading. The line heads the form right after it; no
/// picture stands in the panel, so it captions none. The title stays in the page, where the panel's furniture is read.
/// Cost: asked only of caption-classed elements: a look at a few siblings after each, and on a form among them one walk
/// of the panel for a picture.
/// </summary>
internal static class FormPanelTitleCaption
{
    /// <summary>Siblings after the title the form is looked for among (a rule or a spacer may stand between them).</summary>
    private const int SiblingsAhead = 3;

    public static bool Is(IElement caption)
    {
        if (caption.LocalName == "figcaption" || caption.ChildElementCount > 0 || caption.ParentElement is not { } panel || !FormFollows(caption))
        {
            return false;
        }

        foreach (var element in DocumentOrder.Elements(panel))
        {
            if (element.LocalName is "img" or "picture" or "video" or "iframe")
            {
                return false;
            }
        }

        return true;
    }

    private static bool FormFollows(IElement caption)
    {
        var sibling = caption.NextElementSibling;
        for (var step = 0; step < SiblingsAhead && sibling is not null; step++, sibling = sibling.NextElementSibling)
        {
            if (sibling.LocalName == "form")
            {
                return true;
            }
        }

        return false;
    }
}
