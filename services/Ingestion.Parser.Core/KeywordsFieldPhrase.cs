namespace Ingestion.Parser.Core;

/// <summary>
/// "keywords": "US Harbour Safety Board Consortium" in a story's JSON-LD: one phrase, the only entry of a field that
/// schema.org defines as a comma-separated list (Rank Math writes the post's focus keyword there). A tag line a
/// rendering printed may run its links together with single spaces ("Themen: Windkraft Reinhardswald Energiewende"),
/// and <see cref="TagLineParser"/> reads three capitalised words or more so as one tag each; a structured field is no
/// rendering, so its capitalised phrase stays one tag.
/// </summary>
/// <remarks>
/// Risk: a site that writes its JSON-LD keywords separated by single spaces ("Harbour Ferries Timetable") now gives one
/// tag of three words; the schema allows no such list. Cost: none beyond the split the field always had.
/// </remarks>
internal static class KeywordsFieldPhrase
{
    /// <summary>The tags of a structured keywords field: its separators split it, its spaces do not.</summary>
    public static List<string> Split(ReadOnlySpan<char> value) => TagLineParser.Split(value, readsRunTogetherRow: false);
}
