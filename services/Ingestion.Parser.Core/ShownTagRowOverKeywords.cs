using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "<c>keywords: ["climate change", "prop. 13", "taxes"]</c>" in JSON-LD, "Tags: Climate Change · Prop. 13 · Taxes" under the
/// text: the site lowercases its list for search engines and prints the same tags as the reader sees them. A labelled tag
/// row that names the keywords' tags, each in the page's own spelling, is the list; a row of other words is left to the
/// readers after the metadata (LabelledTagLinks), as before.
/// </summary>
internal static class ShownTagRowOverKeywords
{
    public static List<string> Find(IDocument document, IReadOnlyList<string> keywords)
    {
        var shown = LabelledTagLinks.Find(document);
        return shown.Count > 0 && shown.Count == keywords.Count
            && shown.TrueForAll(tag => keywords.Contains(tag, StringComparer.OrdinalIgnoreCase))
            ? shown
            : [];
    }
}
