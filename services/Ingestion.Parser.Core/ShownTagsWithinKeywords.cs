namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD "<c>keywords": ["human interest", "ferries", "harbour", "ferry strike", "dock workers"]</c>" beside "Related
/// topics: Ferry strike · Dock workers" under the text: a site's SEO field adds its own section and desk words ("human
/// interest", the town's name) to the story's topics, and the tag row shows only the topics. A labelled row of two tags or
/// more, every one of them among the keywords (the page's own spelling aside), naming half the keywords at least, is the
/// list the reader sees; a row holding any word the keywords lack is left to the exact match (ShownTagRowOverKeywords).
/// </summary>
internal static class ShownTagsWithinKeywords
{
    private const int MinShownTags = 2;

    public static bool Holds(List<string> shown, IReadOnlyList<string> keywords) =>
        shown.Count >= MinShownTags
        && shown.Count < keywords.Count
        && shown.Count * 2 >= keywords.Count
        && shown.TrueForAll(tag => keywords.Contains(tag, StringComparer.OrdinalIgnoreCase));
}
