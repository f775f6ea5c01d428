using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;strong&gt;Product:&lt;/strong&gt; &lt;a href="…"&gt;Harbour Wool Socks&lt;/a&gt;&lt;/p&gt; &lt;p&gt;&lt;strong&gt;Price:&lt;/strong&gt; $12.00&lt;/p&gt;":
/// a review's fact sheet sets one row a paragraph, a bold label over its value, and links the product's name to its
/// maker. Alone, a short label and a link read as a teaser line ("Read more: &lt;a&gt;Other story&lt;/a&gt;"); beside a row of
/// the same make whose value is plain text, it is a row of the sheet and stays in the text. A labelled link line beside
/// other link lines, or beside a paragraph that opens with no bold label, is judged as before.
/// Cost: only for a labelled link line the teaser check would drop; a look at its two neighbouring paragraphs.
/// </summary>
internal static class LabelledFactRowLink
{
    public static bool Is(IElement paragraph) =>
        OpensWithBoldLabel(paragraph) && (IsPlainFactRow(paragraph.PreviousElementSibling) || IsPlainFactRow(paragraph.NextElementSibling));

    /// <summary>"&lt;p&gt;&lt;strong&gt;Price:&lt;/strong&gt; $12.00&lt;/p&gt;": a bold label and a value without links.</summary>
    private static bool IsPlainFactRow(IElement? row) =>
        row is { LocalName: "p" } && OpensWithBoldLabel(row) && row.QuerySelector("a") is null
        && row.TextContent.AsSpan().Trim().Length > row.FirstElementChild!.TextContent.AsSpan().Trim().Length;

    /// <summary>The paragraph's first node is a bold element whose text ends with a colon (spaces around it aside).</summary>
    private static bool OpensWithBoldLabel(IElement paragraph)
    {
        var first = paragraph.FirstChild;
        while (first is IText { Data: var data } && string.IsNullOrWhiteSpace(data))
        {
            first = first.NextSibling;
        }

        return first is IElement { LocalName: "strong" or "b" } bold && bold.TextContent.AsSpan().Trim().EndsWith(":");
    }
}
