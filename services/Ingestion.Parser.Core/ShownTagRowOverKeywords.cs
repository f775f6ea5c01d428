using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "<c>keywords: ["climate change", "prop. 13", "taxes"]</c>" in JSON-LD, "Tags: Climate Change · Prop. 13 · Taxes" under the
/// text: the site lowercases its list for search engines and prints the same tags as the reader sees them. A labelled tag
/// row that names the keywords' tags, each in the page's own spelling, is the list, and so is a row the article:tag
/// metas repeat word for word; a row of other words is left to the readers after the metadata (LabelledTagLinks).
/// </summary>
internal static class ShownTagRowOverKeywords
{
    public static List<string> Find(IDocument document, IReadOnlyList<string> keywords, IReadOnlyList<string> articleTags)
    {
        var shown = LabelledTagLinks.Find(document);
        if (shown.Count == 0 && keywords.Count >= 2)
        {
            shown = KeywordsPropertyLinks(document);
        }

        // One search phrase in "keywords" is no tag list: the labelled row of several tags is (SearchPhraseKeyword).
        return shown.Count > 0 && (SameTags(shown, keywords) || SameTags(shown, articleTags) || SearchPhraseKeyword.GivesWayTo(keywords, shown) || ShownTagsWithinKeywords.Holds(shown, keywords)) ? shown : [];
    }

    /// <summary>
    /// "Related: <c>&lt;ul itemprop="keywords"&gt;&lt;a&gt;Harbor Board&lt;/a&gt;, &lt;a&gt;Ferries&lt;/a&gt;, …</c>" under
    /// the text, JSON-LD's "keywords" naming the same tags in another order: the row marked as the article's keywords
    /// property is the tag row the reader sees, whatever its label ("Related:" is no tag label of its own), and its order
    /// is the page's. Only a row of the keywords' own tags counts (SameTags), so a property of other words changes nothing.
    /// </summary>
    private static List<string> KeywordsPropertyLinks(IDocument document)
    {
        foreach (var property in document.SelectAll("[itemprop~='keywords']"))
        {
            if (property.LocalName == "meta")
            {
                continue;
            }

            var links = new List<string>();
            foreach (var link in property.SelectAll("a"))
            {
                var text = Whitespace.Collapse(link.TextContent).Trim();
                if (text.Length > 0)
                {
                    links.Add(text);
                }
            }

            if (links.Count >= 2)
            {
                return links;
            }
        }

        return [];
    }

    /// <summary>
    /// "Related Topics: Facebook Instagram Messenger" under the text and three <c>article:tag</c> metas of the same words,
    /// beside JSON-LD's "keywords": "Meta Outage": the row the page shows, which the tag metas repeat, is the list.
    /// </summary>
    private static bool SameTags(List<string> shown, IReadOnlyList<string> other) =>
        shown.Count == other.Count && shown.TrueForAll(tag => other.Contains(tag, StringComparer.OrdinalIgnoreCase));
}
