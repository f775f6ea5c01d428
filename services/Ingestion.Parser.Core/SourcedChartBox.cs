using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="graphic"&gt;&lt;h2&gt;Ferry crossings per day&lt;/h2&gt;&lt;div data-chart&gt;&lt;/div&gt;&lt;span&gt;Figures are available until 10 May&lt;/span&gt;
/// &lt;div&gt;Source: Harbour Board&lt;/div&gt;&lt;svg&gt;…&lt;/svg&gt;&lt;/div&gt;" among the text's paragraphs: a chart a script draws, its title, its
/// note and its source line set in one box with the drawing's <c>svg</c> and no paragraph. The title names the chart, no
/// section of the text, and the note and source describe the drawing; none is a paragraph, as a chart's axis labels and
/// credit line are not (nytimes-4). A box with a paragraph or a list in it (a fact box), with no drawing, or closing on
/// more than a short "Source:" line stays.
/// Cost: a look at the box of each heading in the root.
/// </summary>
internal static class SourcedChartBox
{
    private const int LongestChartText = 300;
    private const int LongestSourceLine = 80;

    /// <summary>Takes out of <paramref name="root"/> each chart box its headings head.</summary>
    public static void Remove(IElement root)
    {
        List<IElement>? boxes = null;
        foreach (var heading in root.SelectAll("h2, h3, h4"))
        {
            if (heading.ParentElement is { LocalName: "div" } box && box != root && IsChartBox(box))
            {
                (boxes ??= []).Add(box);
            }
        }

        if (boxes is null)
        {
            return;
        }

        foreach (var box in boxes)
        {
            box.Remove();
        }
    }

    private static bool IsChartBox(IElement box)
    {
        if (box.SelectFirst("svg") is null || box.SelectFirst("p, li, img, figure") is not null)
        {
            return false;
        }

        var text = Whitespace.Collapse(box.TextContent);
        var source = text.LastIndexOf("Source:", StringComparison.Ordinal);
        return text.Length <= LongestChartText && source > 0 && text.Length - source <= LongestSourceLine;
    }
}
