namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="tags" content="Demographics, Migration, Protests, Refugees"&gt;" beside "&lt;meta name="keywords" content="News,
/// Demographics, Migration, Protests, Refugees, Africa, Malawi, South Africa"&gt;": a CMS that writes its tag field into a
/// meta of that name gives the story's tags; the keywords meta mixes them with its section and its places. The field
/// outranks the keywords meta, as a shown tag list does.
/// </summary>
internal static class MetaTagsField
{
    public static List<string> Read(string? field) =>
        field is null || field.Length > 1000 || field.Contains("://", StringComparison.Ordinal) ? []
        // "topic:world": a content repository's tag ids, no tag names (TaxonomyIdTags).
        : TagLineParser.Split(field) is var tags && TaxonomyIdTags.AllIds(tags) ? [] : tags;
}
