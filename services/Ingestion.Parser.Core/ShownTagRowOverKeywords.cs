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
        return shown.Count > 0 && (SameTags(shown, keywords) || SameTags(shown, articleTags)) ? shown : [];
    }

    /// <summary>
    /// "Related Topics: Facebook Instagram Messenger" under the text and three <c>article:tag</c> metas of the same words,
    /// beside JSON-LD's "keywords": "Meta Outage": the row the page shows, which the tag metas repeat, is the list.
    /// </summary>
    private static bool SameTags(List<string> shown, IReadOnlyList<string> other) =>
        shown.Count == other.Count && shown.TrueForAll(tag => other.Contains(tag, StringComparer.OrdinalIgnoreCase));
}
