using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "STORD: Det var klart …", "KØBENHAVN: Regeringen …": Norwegian and Danish papers print the dateline in capitals before a
/// colon where English papers put a dash. A speaker's label in an interview or transcript ("ORTEGA: Well, …") has the same
/// shape; it recurs down the text, where a dateline opens the story once, and labels such as "UPDATE:" are no place.
/// </summary>
internal static class ColonDateline
{
    private const int MinPlaceLength = 3;

    private const int MaxPlaceLength = 50;

    /// <summary>A dateline opens a story's first paragraph, a whole paragraph of text after it.</summary>
    private const int MinParagraphLength = 80;

    private static readonly SearchValues<char> PlaceCapitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝ .'’-");

    private static readonly WordSet Labels = new(
        "note", "editor's note", "update", "updated", "correction", "clarification", "photo", "photos", "video", "watch", "listen", "related",
        "read", "read more", "breaking", "exclusive", "analysis", "opinion", "column", "live", "warning", "review", "source", "sources",
        "contact", "disclosure", "advertisement", "sponsored", "oppdatert", "oppdatering", "rettelse", "annonse", "annonce", "uppdatering");

    /// <summary>Whether <paramref name="body"/>'s paragraph at <paramref name="index"/> opens with a place in capitals and a colon, once in the text.</summary>
    public static bool OpensStory(IReadOnlyList<string> body, int index)
    {
        var place = PlaceOf(body[index]);
        if (place.IsEmpty)
        {
            return false;
        }

        for (var other = 0; other < body.Count; other++)
        {
            // A transcript's speakers, each in capitals before a colon, take turns: any other such opening makes it one.
            if (other != index && !PlaceOf(body[other]).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> PlaceOf(string paragraph)
    {
        // The first character and the length turn down most paragraphs before any search.
        if (paragraph.Length < MinParagraphLength || !char.IsUpper(paragraph[0]))
        {
            return [];
        }

        var colon = paragraph.AsSpan(0, Math.Min(paragraph.Length, MaxPlaceLength + 2)).IndexOf(": ", StringComparison.Ordinal);
        if (colon < MinPlaceLength || !char.IsUpper(paragraph[colon + 2]) || !Words.EndsSentence(paragraph))
        {
            return [];
        }

        var place = paragraph.AsSpan(0, colon);
        // "STORD (Vestlandsposten): …": the paper or agency in brackets after the place, as "Hong Kong (GNN) --" has it.
        if (place.EndsWith(')') && place.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open && char.IsUpper(place[open + 2]))
        {
            place = place[..open];
        }

        return place.ContainsAnyExcept(PlaceCapitals) || place.Count(' ') > 2 || Labels.Contains(place) ? [] : place;
    }
}
