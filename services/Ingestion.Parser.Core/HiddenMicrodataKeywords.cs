using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta itemprop="keywords" content="Energiewende, Stromnetz, Netzausbau"&gt;" inside the article's microdata item,
/// beside a shown "Schlagworte" list of other entries under the text: the meta's content is as hidden from the reader as
/// the keywords meta in the head is, so the list the page shows outranks it, as it outranks the head's. Keywords marked
/// on shown elements (Joomla's "&lt;li itemprop="keywords"&gt;") are the shown list and stay.
/// </summary>
internal static class HiddenMicrodataKeywords
{
    /// <summary>The shown tag list when every keywords property is a hidden meta and the page shows one, else null.</summary>
    public static List<string>? ShownInstead(IDocument document, IReadOnlyCollection<IElement> keywordProperties) =>
        keywordProperties.Count > 0 && keywordProperties.All(property => property.LocalName == "meta")
            && (LabelledTagLinks.Find(document) is { Count: > 0 } labelled ? labelled : TagPageLinkBox.Find(document)) is { Count: > 0 } shown
            ? shown
            : null;
}
