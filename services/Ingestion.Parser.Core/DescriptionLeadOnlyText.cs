using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A picture of the day or a short item whose whole text is one paragraph under the headline, the one the description
/// meta repeats: once the small print under it is out, the text's reading has kept nothing, since it took the paragraph
/// for a standfirst over the notice's date. The description's paragraph, found under the page's one h1 as
/// <see cref="DescriptionUnderHeadline"/> finds it, is then the whole text. Asked only when the body came out empty, so a
/// story with prose of its own keeps its standfirst out.
/// </summary>
internal static class DescriptionLeadOnlyText
{
    public static List<string> Filled(List<string> body, IDocument document, IReadOnlyList<string> descriptions) =>
        body.Count == 0 && DescriptionUnderHeadline.Paragraph(document, descriptions) is { } paragraph && Whitespace.Collapse(paragraph.TextContent) is { Length: > 0 } text
            ? [text]
            : body;
}
