using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul itemprop="keywords"&gt;&lt;li&gt;&lt;a&gt;Harbour Ferries&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;Port IT&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;": a
/// template (IDG's 2016 article pages under "RELATED TOPICS") marks the whole tag list as the keywords property. Read as
/// the property's text, the items ran together into one line ("Harbour Ferries Port IT") that the tag-line reader cut
/// into single words; each list item is one tag.
/// </summary>
/// <remarks>
/// Risk: a list marked as the keywords property whose items each hold several tags; each item is still split as a tag
/// line by <see cref="MicrodataKeywordItems"/>. Cost: a walk of the children of a keywords property that is a list.
/// </remarks>
internal static class KeywordsPropertyOnList
{
    /// <summary>The texts of the list's items when the property is a list of two items or more, else null.</summary>
    public static List<string?>? ItemTexts(IElement property)
    {
        if (property.LocalName is not ("ul" or "ol"))
        {
            return null;
        }

        List<string?>? items = null;
        foreach (var child in property.Children)
        {
            if (child.LocalName != "li")
            {
                continue;
            }

            var text = Whitespace.Collapse(child.TextContent);
            if (text.Length > 0)
            {
                (items ??= []).Add(text);
            }
        }

        return items is { Count: >= 2 } ? items : null;
    }
}
