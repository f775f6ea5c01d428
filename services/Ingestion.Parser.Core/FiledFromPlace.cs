namespace Ingestion.Parser.Core;

/// <summary>
/// "By NATHAN ELBAZ, NEW YORK", "By Dana Rourke, San Francisco": the place the writer filed from follows the name after a
/// comma, as a second writer's name would. A piece that opens with a word that opens place names, never a given name,
/// is the place.
/// </summary>
internal static class FiledFromPlace
{
    private static readonly WordSet PlaceOpenings = new(
    [
        "New", "San", "Santa", "Los", "Las", "Fort", "Port", "Tel", "St.", "Saint", "Mount", "Lake", "Cape", "Rio", "Hong", "Kuala",
        "Buenos", "Sao", "São", "Ramat", "Beit", "Kfar", "Gaza", "Salt",
        // "Nueva York", "Ciudad Juárez", "Río Gallegos", "Puerto Rico": Spanish place names' openings.
        "Nueva", "Nuevo", "Ciudad", "Río", "Puerto", "Santo",
    ]);

    /// <summary>Whether the word opens a place name of two words ("Nueva" of "Nueva York"), never a given name.</summary>
    public static bool OpensPlaceName(ReadOnlySpan<char> word) => PlaceOpenings.Contains(word);

    public static bool Is(ReadOnlySpan<char> piece)
    {
        var trimmed = piece.Trim();
        var space = trimmed.IndexOf(' ');
        return space > 0 && ((Words.Count(trimmed) <= 3 && PlaceOpenings.Contains(trimmed[..space])) || IsVenue(trimmed));
    }

    /// <summary>
    /// "Jane Roe, Harbour Cricket Ground", "By Dana Rourke, Riverside Stadium": a sports writer files from the ground, whose
    /// name closes with a word that names a venue and never a person (FiledFromVenue, a widening). Two to four capitalised
    /// words; "Jane Park" and "Sally Field" keep their surnames, as those words are left out.
    /// </summary>
    private static bool IsVenue(ReadOnlySpan<char> piece)
    {
        var last = piece.LastIndexOf(' ');
        return last > 0 && Words.CountUpTo(piece, MaxVenueWords + 1) <= MaxVenueWords && Words.CapitalisedCount(piece, MaxVenueWords + 1) == Words.Count(piece)
            && VenueClosers.Contains(piece[(last + 1)..]);
    }

    private const int MaxVenueWords = 4;

    private static readonly WordSet VenueClosers = new(
    [
        "Ground", "Stadium", "Oval", "Arena", "Stadion", "Racecourse", "Raceway", "Speedway", "Velodrome", "Ballpark", "Coliseum",
        "Colosseum", "Showground", "Showgrounds",
    ]);
}
