using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… Tragt euch hier in die Liste ein:" / "&lt;p&gt;&lt;a href="http://petition.example/…"&gt;http://petition.example/…&lt;/a&gt;&lt;/p&gt;":
/// a paragraph that only shows a web address, under a paragraph that ends by announcing it with a colon, is the
/// address the text asks the reader to open, no link to another story: its words are the address, not a headline.
/// </summary>
internal static class AnnouncedAddressParagraph
{
    public static bool Is(IElement paragraph, IHtmlCollection<IElement> links) =>
        links.Length == 1 && IsShownAddress(links[0]) && paragraph.PreviousElementSibling is { LocalName: "p" } above
        && Whitespace.Collapse(above.TextContent).EndsWith(':')
        && Whitespace.Collapse(paragraph.TextContent) == Whitespace.Collapse(links[0].TextContent);

    private static bool IsShownAddress(IElement link)
    {
        var shown = link.TextContent.AsSpan().Trim();
        return shown.Length > 10 && !shown.ContainsAny(' ', '\n', '\t')
            && (shown.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || shown.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || shown.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }
}
