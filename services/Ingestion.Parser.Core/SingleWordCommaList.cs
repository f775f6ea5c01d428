namespace Ingestion.Parser.Core;

/// <summary>
/// "Ormalingen, Ormalingen, Baselbiet" beside the date under a regional paper's headline: the story's villages and region
/// as category links, three single words joined by commas. Capitalised and short, the line reads as a name, but no
/// person's name holds two commas between single words; a name written surname first ("Keller, Beat") holds one, and
/// writers listed by full name ("Anna Muster, Beat Keller") have two words a piece.
/// Asked in <see cref="BylineParser.IsWritersName"/> (a bare line under the headline) and where a date line's trailing
/// words are read as the writer's (<see cref="MetadataLine"/>), which then reads the date alone. Cost: one search for a comma in a short candidate; a pass over its pieces only where one stands.
/// </summary>
internal static class SingleWordCommaList
{
    private const int MinPieces = 3;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.IndexOf(',') < 0)
        {
            return false;
        }

        var pieces = 0;
        foreach (var range in text.Split(','))
        {
            var piece = text[range].Trim();
            if (piece.IsEmpty || piece.Contains(' '))
            {
                return false;
            }

            pieces++;
        }

        return pieces >= MinPieces;
    }
}
