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
    /// <summary>Adds to <paramref name="kept"/> each ancestor of an `h1` that holds more than half the page's paragraph text.</summary>
    public static void AddTo(HashSet<IElement> kept, IDocument document)
    {
        var headings = document.GetElementsByTagName("h1");
        if (headings.Length is 0 or > 3)
        {
            return;
        }

        var paragraphs = document.GetElementsByTagName("p");
        var total = 0;
        foreach (var paragraph in paragraphs)
        {
            total += paragraph.TextContent.Length;
        }

        // A content root holds more than 200 characters (HtmlContentRoot); less is no text to keep a wrapper for.
        if (total <= 200)
        {
            return;
        }

        foreach (var heading in headings)
        {
            // From the top down: once a box holds too little of the text, its inner boxes hold no more.
            var chain = new List<IElement>();
            for (var element = heading.ParentElement; element is not null && element.LocalName is not ("body" or "html"); element = element.ParentElement)
            {
                chain.Add(element);
            }

            for (var i = chain.Count - 1; i >= 0; i--)
            {
                var held = 0;
                foreach (var paragraph in chain[i].GetElementsByTagName("p"))
                {
                    held += paragraph.TextContent.Length;
                }

                if (held * 2 <= total)
                {
                    break;
                }

                kept.Add(chain[i]);
            }
        }
    }
}
