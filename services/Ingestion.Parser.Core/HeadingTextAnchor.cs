using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h3 class="subheading" id="nav_schredder_statt__0"&gt;Schredder statt Ofen&lt;/h3&gt;": a crosshead whose id is the
/// in-page anchor a table of contents jumps to, spelled from the heading's own words. A furniture word in it ("nav") names
/// the jump, not a menu: the heading is text. A glossary's term is such a heading of its definition: "&lt;dt
/// id="running-an-ad-hoc-survey"&gt;Running an ad hoc survey&lt;/dt&gt;" holds the advert's word only as its own.
/// A Markdown post (Hugo, Jekyll) writes its sections as h1s with such ids ("&lt;h1 id="tools-projects"&gt;Tools &amp;amp;
/// Projects&lt;/h1&gt;" in a newsletter issue, "tools" being a furniture word): an h1 counts when its id spells two of its
/// words, where a menu's or a box's h1 ("&lt;h1 id="menu"&gt;Menu&lt;/h1&gt;") names one.
/// </summary>
internal static class HeadingTextAnchor
{
    private const int LongestHeading = 200;

    public static bool Is(IElement element)
    {
        if (element.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dt") || element.Id is not { Length: > 0 } id
            || NodeText.IsLongerThan(element, LongestHeading) || element.SelectFirst("a") is not null)
        {
            return false;
        }

        var idParts = id.ToLowerInvariant().Split(['-', '_', '.', ':'], StringSplitOptions.RemoveEmptyEntries);
        var words = Whitespace.Collapse(element.TextContent).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (element.LocalName == "h1")
        {
            return SpelledWords(words, idParts) >= 2;
        }

        // The first two words of the heading: a slug keeps the opening, however short it cuts the rest.
        return words.Take(2).Any(word => word.Length >= 3 && idParts.Contains(word, StringComparer.Ordinal));
    }

    private static int SpelledWords(string[] words, string[] idParts)
    {
        var spelled = 0;
        foreach (var word in words)
        {
            if (word.Length >= 3 && Array.IndexOf(idParts, word) >= 0)
            {
                spelled++;
            }
        }

        return spelled;
    }
}
