using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… Tragt euch hier in die Liste ein:" / "&lt;p&gt;&lt;a href="http://petition.example/…"&gt;http://petition.example/…&lt;/a&gt;&lt;/p&gt;":
/// a paragraph that only shows a web address, under a paragraph that ends by announcing it with a colon, is the
/// address the text asks the reader to open, no link to another story: its words are the address, not a headline.
/// "&lt;p&gt;灯台航路は、岬の灯台まで片道20分の短い便。&lt;/p&gt;&lt;p&gt;&lt;a href="https://lighthouse.example/"&gt;https://lighthouse.example/&lt;/a&gt;&lt;/p&gt;":
/// under a paragraph that ends as a sentence and stands right under a crosshead ("&lt;h3&gt;灯台航路&lt;/h3&gt;"), the address of
/// what the headed item describes, as a list article gives each item's site (AddressUnderSentence, a widening). A bare
/// address under a closed sentence elsewhere is still left to the teaser rule.
/// </summary>
internal static class AnnouncedAddressParagraph
{
    public static bool Is(IElement paragraph, IHtmlCollection<IElement> links) =>
        links.Length == 1 && IsShownAddress(links[0]) && paragraph.PreviousElementSibling is { LocalName: "p" } above
        && Whitespace.Collapse(above.TextContent) is var announcing
        && (announcing.EndsWith(':') || (Words.EndsSentence(announcing) && above.PreviousElementSibling is { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" }))
        && Whitespace.Collapse(paragraph.TextContent) == Whitespace.Collapse(links[0].TextContent);

    internal static bool IsShownAddress(IElement link)
    {
        var shown = link.TextContent.AsSpan().Trim();
        return shown.Length > 10 && !shown.ContainsAny(' ', '\n', '\t')
            && (shown.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || shown.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || shown.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }
}
