using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The page's <c>h1</c> and <c>time</c> elements in document order, from one walk: the headline and time rules asked
/// for them through seven selectors, each walking the whole document.
/// </summary>
internal sealed class MarkedElements
{
    private MarkedElements(List<IElement> headings, List<IElement> times) => (Headings, Times) = (headings, times);

    public List<IElement> Headings { get; }

    public List<IElement> Times { get; }

    public static MarkedElements Of(IDocument document)
    {
        var headings = new List<IElement>();
        var times = new List<IElement>();
        foreach (var element in DocumentOrder.Elements(document.DocumentElement))
        {
            switch (element.LocalName)
            {
                case "h1": headings.Add(element); break;
                // A social post embedded in the text keeps its own time (EmbeddedPostTime): not the story's.
                case "time" when !EmbeddedPostTime.Is(element): times.Add(element); break;
                default: break;
            }
        }

        return new MarkedElements(headings, times);
    }

    /// <summary>Whether an ancestor has this tag name, as a descendant combinator ("article h1") asks.</summary>
    public static bool IsInside(IElement element, string ancestorName)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == ancestorName)
            {
                return true;
            }
        }

        return false;
    }
}
