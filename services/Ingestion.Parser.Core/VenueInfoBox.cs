namespace Ingestion.Parser.Core;

/// <summary>
/// "SAFFRON TABLE" / "Address: 4410 Orchard Plaza Drive" / "Phone: 555-0176" / "Hours: 11 a.m.-2:30 p.m. …" / "Prices:
/// …": a restaurant review's info box (a show's or a shop's too), the place's name over rows that each open with a
/// service label, printed by a dump under the text with no blank line between the rows. The box is no paragraph of the
/// review; its rating row goes with it.
/// </summary>
internal static class VenueInfoBox
{
    private static readonly WordSet Labels = new(["address", "location", "where", "phone", "telephone", "hours", "open", "prices", "price", "price range",
        "alcohol", "drinks", "bar", "reservations", "parking", "credit cards", "payment", "website", "web", "online", "info", "information",
        "rating", "ratings", "wheelchair access", "accessibility", "noise level", "kids", "cuisine", "specialties", "vegetarian options", "tickets"]);

    /// <summary>"Wheelchair access:" is the longest label; its colon stands within the first characters.</summary>
    private const int MaxLabelEnd = 20;

    private const int MaxRowLength = 200;

    /// <summary>Three service rows make a box; one or two may be a line of the text ("Tickets: $12 at the door").</summary>
    private const int LeastRows = 3;

    /// <summary>How far up or down the rows of one box run.</summary>
    private const int Reach = 12;

    /// <summary>"SAFFRON TABLE": the place's name in capitals over the first row.</summary>
    private const int MaxNameLength = 40;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (IsRow(text))
        {
            return RowsAround(lines, index) >= LeastRows;
        }

        return IsPlaceName(text) && index + 1 < lines.Count && IsRow(lines[index + 1].Text) && RowsAround(lines, index + 1) >= LeastRows;
    }

    /// <summary>The service rows in the run of lines with no blank between that holds <paramref name="index"/>.</summary>
    private static int RowsAround(PageLines lines, int index)
    {
        var rows = 1;
        for (var i = index - 1; i >= 0 && i >= index - Reach && IsRow(lines[i].Text); i--)
        {
            rows++;
        }

        for (var i = index + 1; i < lines.Count && i <= index + Reach && IsRow(lines[i].Text); i++)
        {
            rows++;
        }

        return rows;
    }

    /// <summary>"Hours: 11 a.m.-2:30 p.m. Tuesday-Sunday": a service label, a colon and its value.</summary>
    private static bool IsRow(string text)
    {
        // Prose is turned down on its length or on a colon that is not within its first words.
        if (text.Length is < 6 or > MaxRowLength)
        {
            return false;
        }

        var colon = text.AsSpan(0, Math.Min(text.Length, MaxLabelEnd + 2)).IndexOf(": ");
        return colon > 1 && char.IsUpper(text[0]) && Labels.Contains(text.AsSpan(0, colon));
    }

    private static bool IsPlaceName(string text) =>
        text.Length is >= 3 and <= MaxNameLength && char.IsUpper(text[0]) && !Words.HasLowercaseLetter(text);
}
