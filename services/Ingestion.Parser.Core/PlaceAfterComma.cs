namespace Ingestion.Parser.Core;

/// <summary>
/// "Dónal, Cork", "Davie S, St Andrews", "Al Fennimore, West Millbrook": a reader signs a comment with the town after a
/// comma, one to three capitalised words; the town is no part of the name.
/// </summary>
internal static class PlaceAfterComma
{
    /// <summary>
    /// The name before the town, or the name itself when no town follows its last comma. A town of two or three words is taken
    /// only after a name with no other comma: "Marta Ruiz, retired nurse, Los Angeles" is a self-description, kept whole.
    /// </summary>
    public static string Without(string name)
    {
        var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || !IsPlace(name.AsSpan(comma + 2)))
        {
            return name;
        }

        return name.AsSpan(comma + 2).Contains(' ') && name.AsSpan(0, comma).Contains(", ", StringComparison.Ordinal) ? name : name[..comma];
    }

    /// <summary>"Cork", "St Andrews", "Conception Bay South": one to three words, each opening with a capital, no digit.</summary>
    public static bool IsPlace(ReadOnlySpan<char> place)
    {
        if (place.IsEmpty || !char.IsUpper(place[0]) || place.ContainsAnyInRange('0', '9') || IsInitials(place))
        {
            return false;
        }

        var space = place.IndexOf(' ');
        if (space < 0)
        {
            return true;
        }

        var second = place[(space + 1)..];
        if (second.IsEmpty || !char.IsUpper(second[0]))
        {
            return false;
        }

        var thirdSpace = second.IndexOf(' ');
        return thirdSpace < 0 || IsThreeWordTown(second[(thirdSpace + 1)..]);
    }

    /// <summary>
    /// "Wanda, Conception Bay South", "Len, Grand Bank North": a town of three capitalised words, the third no street's
    /// word ("Moira, Broughty Ferry Road" names her street, which the thread keeps as she signed).
    /// </summary>
    private static bool IsThreeWordTown(ReadOnlySpan<char> third) =>
        !third.IsEmpty && char.IsUpper(third[0]) && third.IndexOf(' ') < 0 && !StreetWords.Contains(third.TrimEnd('.'));

    private static readonly WordSet StreetWords = new("road", "rd", "street", "st", "lane", "avenue", "ave", "drive", "dr", "way", "close", "crescent", "court", "terrace", "place");

    /// <summary>
    /// "Wendt, H.", "Keller, J.R.": a surname first and the initials after the comma, as German and older English
    /// threads sign; initials are no town.
    /// </summary>
    private static bool IsInitials(ReadOnlySpan<char> part) =>
        part.Length <= 6 && part[^1] == '.' && !part.ContainsAnyExcept(InitialsCharacters);

    private static readonly System.Buffers.SearchValues<char> InitialsCharacters =
        System.Buffers.SearchValues.Create(".ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ");
}
