using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="submeta__tone button" itemprop="keywords"&gt;More news&lt;/a&gt; &lt;h2&gt;Topics&lt;/h2&gt; &lt;ul&gt;&lt;li&gt;&lt;a
/// itemprop="keywords"&gt;harbours&lt;/a&gt;…": a newsroom template marks a button to the story's kind ("More news", "More
/// opinion") as a keywords property beside the tag links, but sets it before the heading that labels the tag list. A
/// keywords property standing right before such a heading, with the other properties after it, is no entry of the
/// labelled list. Cost: asked once per page of the article item's keywords properties, only when there are two or more.
/// </summary>
internal static class KeywordLinkBeforeListLabel
{
    public static List<IElement> Without(List<IElement> properties)
    {
        if (properties.Count < 2)
        {
            return properties;
        }

        var last = properties[^1];
        var kept = new List<IElement>(properties.Count);
        foreach (var property in properties)
        {
            if (property != last && property.NextElementSibling is { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } label
                && (label.CompareDocumentPosition(last) & DocumentPositions.Following) != 0)
            {
                continue;
            }

            kept.Add(property);
        }

        return kept;
    }
}
