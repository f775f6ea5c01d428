namespace Ingestion.Parser.Core;

/// <summary>
/// "Hafenau, 4. Mai 2019", "Wien, 04.05.2019": a German press release opens with its dateline, the town it was issued in,
/// a comma and the day written with its dot. One capitalised word there is the town; a writer's bare name before such a
/// date has two words at least ("Sabine Lechner, 12. März 2013", <see cref="NameCommaDayFirstDate"/>), and a dateline in
/// capitals ("BANGALORE, August 24, 2013") is read as a place already.
/// Cost: a few character checks of a segment that holds a date after a comma.
/// </summary>
internal static class TownBeforeDottedDay
{
    private const int MinTown = 3;

    /// <summary>Whether <paramref name="before"/> (the text before the date, its comma kept) is one town's name and <paramref name="date"/> opens with a dotted day.</summary>
    public static bool Is(ReadOnlySpan<char> before, ReadOnlySpan<char> date)
    {
        var town = before.TrimEnd();
        if (town.Length <= MinTown || town[^1] != ',')
        {
            return false;
        }

        town = town[..^1];
        if (!char.IsUpper(town[0]) || !town[1..].ContainsAnyInRange('a', 'z') || town.ContainsAnyExcept(TownLetters))
        {
            return false;
        }

        // "4. Mai", "04.05.": one or two digits, then the day's dot.
        var digits = 0;
        while (digits < date.Length && char.IsAsciiDigit(date[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && digits < date.Length && date[digits] == '.';
    }

    /// <summary>Letters of one word, a hyphen for "Baden-Baden"; no blank, so no writer's name of two words.</summary>
    private static readonly System.Buffers.SearchValues<char> TownLetters = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜéèàâêîôûçëïáíóúñ-");
}
