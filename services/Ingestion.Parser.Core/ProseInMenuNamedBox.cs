using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="tab-menu--product"&gt;…&lt;div class="tab--content"&gt;&lt;p&gt;Der Hof liegt …&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;": a shop template's
/// tabs ("Beschreibung", "Details", "Bewertungen") are named a menu, and the panels under them hold the product's whole
/// description. A box whose class or id names a menu is furniture on most pages, but a menu lists links; one that holds
/// paragraphs of prose is the content's box.
/// </summary>
internal static class ProseInMenuNamedBox
{
    /// <summary>Prose a menu never holds: a few sentences' worth in paragraphs of their own.</summary>
    private const int MinProse = 400;

    private const int MinParagraph = 80;

    private static readonly WordSet MenuWords = new("menu", "nav", "navi", "navigation");

    public static bool Is(IElement element)
    {
        if (!MenuWords.ContainsNamePart(element.ClassName) && !MenuWords.ContainsNamePart(element.Id))
        {
            return false;
        }

        var prose = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            var text = paragraph.TextContent.AsSpan().Trim();
            if (text.Length >= MinParagraph && Words.EndsSentence(text) && (prose += text.Length) >= MinProse)
            {
                return true;
            }
        }

        return false;
    }
}
