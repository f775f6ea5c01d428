namespace Ingestion.Parser.Core;

/// <summary>
/// "NEW DELHI", "SAN FRANCISCO", "LOS ANGELES", "FORT WORTH", "MEXICO CITY", "PALM BEACH": a place of two or three words
/// in capitals, told from a writer's name in capitals ("JOHN SMITH") by a word that opens or closes place names and
/// never a person's.
/// </summary>
internal static class PlaceNameWords
{
    private const int MaxWords = 3;

    private static readonly WordSet Openers = new(
    [
        "new", "san", "santa", "santo", "são", "sao", "los", "las", "fort", "port", "saint", "st.", "mount", "mt.", "cape",
        "north", "south", "east", "west", "hong", "kuala", "buenos", "rio", "tel", "abu", "sri", "el", "la",
    ]);

    private static readonly WordSet Closers = new(["city", "beach", "springs", "falls", "heights", "island", "bay", "harbor", "harbour", "valley", "lumpur", "kong"]);

    /// <summary>Whether the words in capitals open or close as a place's name does.</summary>
    public static bool Frame(ReadOnlySpan<char> words)
    {
        var first = words.IndexOf(' ');
        var last = words.LastIndexOf(' ');
        return first > 0 && Words.Count(words) <= MaxWords
            && (Openers.Contains(words[..first]) || Closers.Contains(words[(last + 1)..]));
    }
}
