using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;q class="center"&gt;Buy the pass early to ride the night ferry free&lt;/q&gt;&lt;/p&gt;": a blog platform sets its pull
/// quote as an inline quotation that fills a paragraph of its own, placed by an alignment class ("left", "right",
/// "center") that floats it beside the text in large type. It repeats or sums up the text's words for the eye, and a
/// reader reads no paragraph of it: the paragraph goes. A quotation inside a sentence of the text, or one with no
/// alignment class (a quoted line a writer set in &lt;q&gt; as its own paragraph), stays. Cost: once a page, one pass over
/// the &lt;q&gt; elements, usually none.
/// </summary>
internal static class AlignedPullQuote
{
    private const int LongestQuote = 300;

    private static readonly WordSet AlignmentClass = new("left", "right", "center", "centre", "aligncenter", "alignleft", "alignright");

    public static void Remove(IDocument document)
    {
        List<IElement>? quotes = null;
        foreach (var quote in document.SelectAll("q"))
        {
            if (AlignmentClass.ContainsNamePart(quote.ClassName) && quote.ParentElement is { LocalName: "p" } paragraph
                && paragraph.ChildElementCount == 1 && NodeText.IsShorterThan(quote, LongestQuote)
                && paragraph.TextContent.AsSpan().Trim().Length == quote.TextContent.AsSpan().Trim().Length)
            {
                (quotes ??= []).Add(paragraph);
            }
        }

        if (quotes is null)
        {
            return;
        }

        foreach (var paragraph in quotes)
        {
            paragraph.Remove();
        }
    }
}
