using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h5&gt;Schlagwörter&lt;/h5&gt;&lt;div class="tagMenu"&gt;&lt;p&gt;&lt;a&gt;Gartenbau&lt;/a&gt; | &lt;a&gt;Hochbeet&lt;/a&gt; | …&lt;/p&gt;&lt;/div&gt;":
/// a heading that says "keywords" and nothing else ("Schlagwörter", "Stichworte", "Keywords", "Mots-clés"), colon or
/// not, over a box of links and their separators. Unlike "Related Topics" or "More on", such a word never heads related
/// headlines or the site's sections, so the box is read as the page's tags (<see cref="HeadingTagLabelOverLinkBox"/>)
/// wherever its links lead and whatever else the heading's parent holds (a product page's details panel), and the box
/// is no paragraph of the text. "Tags" alone is left out: a blog's sidebar heads its site-wide tag cloud so.
/// </summary>
internal static class BareKeywordsHeading
{
    private static readonly WordSet Labels = new(
        ["schlagwörter", "schlagworte", "stichwörter", "stichworte", "keywords", "mots-clés", "mots clés", "palabras clave", "parole chiave", "palavras-chave", "trefwoorden"]);

    /// <summary>"Stichwörter nach Themen" and longer texts are no bare label.</summary>
    private const int LongestLabel = 20;

    /// <summary>Whether the heading's text is a keywords label and nothing else, a colon allowed.</summary>
    public static bool Is(string label) => label.Length <= LongestLabel && Labels.Contains(label.AsSpan().TrimEnd(':').Trim());

    /// <summary>
    /// Takes such a heading and its box of links out of the text's box: the tags were read from the page before this goes.
    /// One heading query over the text's box.
    /// </summary>
    public static void Remove(IElement root)
    {
        List<IElement>? found = null;
        foreach (var heading in root.QuerySelectorAll("h2, h3, h4, h5, h6"))
        {
            if (heading.ChildElementCount == 0 && !NodeText.IsLongerThan(heading, LongestLabel) && Is(Whitespace.Collapse(heading.TextContent))
                && heading.NextElementSibling is { LocalName: "div" or "ul" } box && HeadingTagLabelOverLinkBox.TagsIn(box, anyLinks: true) is { Count: > 0 })
            {
                (found ??= []).Add(heading);
            }
        }

        foreach (var heading in found ?? [])
        {
            heading.NextElementSibling?.Remove();
            heading.Remove();
        }
    }
}
