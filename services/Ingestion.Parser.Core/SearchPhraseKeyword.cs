namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD "<c>keywords": "Harbour ferry fare rise"</c>" beside "Topics" over links to Ferries, Harbour Board, Fares and
/// Commuters under the text: a site whose SEO field holds one search phrase for the story, and whose tag row shows the
/// story's tags. One phrase is no list of tags (a list has two at least); the labelled row of two tags or more that the
/// page shows is (LabelledTagLinks found it), whatever words the phrase shares with it. Keywords of two entries or more
/// are a list and stay to be matched against the row (ShownTagRowOverKeywords.SameTags).
/// </summary>
internal static class SearchPhraseKeyword
{
    public static bool GivesWayTo(IReadOnlyList<string> keywords, IReadOnlyList<string> shownRow) =>
        keywords.Count == 1 && shownRow.Count >= 2;
}
