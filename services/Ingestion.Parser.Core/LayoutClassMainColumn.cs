using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="panel-display panel-two-col-sidebar-right-mix"&gt;&lt;h1&gt;…&lt;/h1&gt;…&lt;p&gt;…&lt;/p&gt;…&lt;div class="sidebar-right"&gt;":
/// a layout wrapper whose class names the page's layout ("two columns, sidebar on the right") holds the headline and
/// the text as well as the sidebar. A furniture word in its class names the layout, not the box: the wrapper holding
/// the page's `h1` and most of its paragraph text is the main column, and stays with what holds it when the furniture
/// goes (the sidebar and the boxes inside it still go by their own classes).
/// </summary>
internal static class LayoutClassMainColumn
{
    /// <summary>Adds to <paramref name="kept"/> each ancestor of an `h1` (with none, the h2 repeating the document title, DocumentTitleLeadH2) that holds more than half the page's paragraph text.</summary>
    public static void AddTo(HashSet<IElement> kept, IDocument document) => AddTo(kept, document, headedByHeaderLandmark: false);

    /// <summary>
    /// As <see cref="AddTo(HashSet{IElement}, IDocument)"/>, counting only the `h1`s inside a `header` landmark when
    /// <paramref name="headedByHeaderLandmark"/> is set: read before the landmarks go (HeaderLandmarkHeadline).
    /// </summary>
    public static void AddTo(HashSet<IElement> kept, IDocument document, bool headedByHeaderLandmark)
    {
        var all = document.GetElementsByTagName("h1");
        var headings = new List<IElement>(all.Length);
        foreach (var heading in all)
        {
            // A widget's unfilled template ("<h1>{text}</h1>" four times in a header box) heads nothing (TemplatePlaceholderHeading).
            if (!TemplatePlaceholderHeading.Is(heading) && (!headedByHeaderLandmark || HeaderLandmarkHeadline.Holds(heading)))
            {
                headings.Add(heading);
            }
        }

        // A theme that heads its post with an h2 and prints no h1: the h2 repeating the document title's lead part (DocumentTitleLeadH2).
        if (all.Length == 0 && !headedByHeaderLandmark && DocumentTitleLeadH2.Find(document) is { } lead)
        {
            headings.Add(lead);
        }

        if (headings.Count is 0 or > 3)
        {
            return;
        }

        // The headings' ancestors, each with the paragraph text it holds: one pass over the paragraphs, each adding its
        // length to those of its ancestors that are there, where asking each ancestor for its paragraphs read them again.
        var held = new Dictionary<IElement, int>();
        foreach (var heading in headings)
        {
            for (var element = heading.ParentElement; element is not null && element.LocalName is not ("body" or "html"); element = element.ParentElement)
            {
                held[element] = 0;
            }
        }

        var total = 0;
        foreach (var paragraph in document.GetElementsByTagName("p"))
        {
            var length = paragraph.TextContent.Length;
            total += length;
            for (var element = paragraph.ParentElement; element is not null; element = element.ParentElement)
            {
                if (held.TryGetValue(element, out var sum))
                {
                    held[element] = sum + length;
                }
            }
        }

        // A content root holds more than 200 characters (HtmlContentRoot); less is no text to keep a wrapper for.
        if (total <= 200)
        {
            return;
        }

        foreach (var (element, length) in held)
        {
            if (length * 2 > total)
            {
                kept.Add(element);
            }
        }
    }
}
