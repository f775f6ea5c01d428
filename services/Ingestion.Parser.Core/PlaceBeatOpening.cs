namespace Ingestion.Parser.Core;

/// <summary>
/// "Denise Marlow China Correspondent, in Seoul", "Ruairí Kent Europe Editor": a paper's posted writer carries a beat named
/// for the place covered, and a text dump runs the name, the place and the job title together. A place that opens such a
/// beat is no third name. Only places that are hardly ever surnames are listed: "Washington", "Paris", "London" and
/// "Jordan" are left out, so "Kendra Washington Correspondent" still reads as a name of three words.
/// </summary>
internal static class PlaceBeatOpening
{
    private static readonly WordSet Places = new(
    [
        "africa", "asia", "europe", "china", "india", "russia", "japan", "korea", "ukraine", "pakistan", "mexico", "canada",
        "australia", "beijing", "moscow", "brussels", "tokyo", "kyiv", "delhi", "jerusalem", "westminster", "whitehall",
        // "Middle East Correspondent", "Latin America Editor", "Northern Ireland Editor": the first of a two-word place.
        "middle", "latin", "northern",
    ]);

    /// <summary>Whether the word is a place that opens a beat ("China" of "China Correspondent").</summary>
    public static bool Opens(ReadOnlySpan<char> word) => Places.Contains(word);
}
