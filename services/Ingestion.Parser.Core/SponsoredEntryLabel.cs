using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h2&gt;&lt;a href="…"&gt;Monitor your stack&lt;/a&gt;&lt;/h2&gt;&lt;p&gt;Watch every service … Try it free for 30 days! &lt;span
/// class="pill-sponsored"&gt;Sponsored&lt;/span&gt;&lt;/p&gt;": a newsletter issue or a link roundup runs an advertiser's entry among
/// its own, in the same shape, and marks it only with a label closing the blurb. The label's box alone is furniture and goes
/// with the noise; the blurb and the heading right over it are the advert, and go with it. Only a label that is the
/// paragraph's last element, ends its text and says "Sponsored", "Advertisement", "Anzeige" … counts: a sponsor named in a
/// sentence stays.
/// </summary>
internal static class SponsoredEntryLabel
{
    private const int LongestLabel = 30;

    private static readonly WordSet Labels = new(
        ["sponsored", "sponsor", "sponsored content", "sponsored post", "sponsored link", "advertisement", "advertising", "ad", "promoted",
        "paid post", "partner content", "anzeige", "werbung", "gesponsert", "publicité", "sponsorisé", "publicidad", "patrocinado", "pubblicità"]);

    public static void Remove(IDocument document)
    {
        // The label is the paragraph's last element, so each paragraph's last child is asked, by a case-blind search of
        // its class: the selector "p [class*='sponsor' i]" matched every classed element of the page and allocated on each.
        List<IElement>? entries = null;
        foreach (var paragraph in document.GetElementsByTagName("p"))
        {
            if (paragraph.LastElementChild is { } label && label.GetAttribute("class") is { } names && NamesSponsor(names))
            {
                (entries ??= []).Add(paragraph);
            }
        }

        foreach (var paragraph in entries ?? [])
        {
            var label = paragraph.LastElementChild!;
            if (paragraph.ParentElement is null
                || Whitespace.Collapse(label.TextContent) is not { Length: > 0 and <= LongestLabel } text || !Labels.Contains(text)
                || !Whitespace.Collapse(paragraph.TextContent).EndsWith(text, StringComparison.Ordinal) || !NodeText.IsLongerThan(paragraph, text.Length + 20))
            {
                continue;
            }

            if (paragraph.PreviousElementSibling is { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } heading)
            {
                heading.Remove();
            }

            paragraph.Remove();
        }
    }

    private static bool NamesSponsor(string names) =>
        names.Contains("sponsor", StringComparison.OrdinalIgnoreCase) || names.Contains("advert", StringComparison.OrdinalIgnoreCase)
        || names.Contains("promoted", StringComparison.OrdinalIgnoreCase);
}
