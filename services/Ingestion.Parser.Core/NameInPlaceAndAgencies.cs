namespace Ingestion.Parser.Core;

/// <summary>
/// "Teddy Ng in Beijing and agencies", "Rowena Castle in Kiev and agencies": a paper that adds wire copy to its own
/// reporter's story signs it with the writer's name, the city filed from and "and agencies", without "By". The place and
/// the agencies together mark the line as a byline; the name alone is the author.
/// </summary>
internal static class NameInPlaceAndAgencies
{
    private static readonly string[] AgenciesTails = [" and agencies", " & agencies", ", agencies"];

    private const int LongestLine = 80;

    private const int MostPlaceWords = 3;

    public static string? TryRead(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length > LongestLine || Words.HasDigit(text))
        {
            return null;
        }

        var tail = AgenciesTailLength(text);
        if (tail == 0)
        {
            return null;
        }

        text = text[..^tail];
        var at = text.LastIndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var place = text[(at + " in ".Length)..].Trim();
        var name = Whitespace.Collapse(text[..at].Trim().ToString());
        return IsPlaceName(place) && BylineParser.IsWritersName(name) ? name : null;
    }

    private static int AgenciesTailLength(ReadOnlySpan<char> text)
    {
        foreach (var ending in AgenciesTails)
        {
            if (text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return ending.Length;
            }
        }

        return 0;
    }

    /// <summary>"Beijing", "New York", "Hong Kong": one to three words, each capitalised.</summary>
    private static bool IsPlaceName(ReadOnlySpan<char> place)
    {
        var count = 0;
        foreach (var range in place.Split(' '))
        {
            var word = place[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || ++count > MostPlaceWords)
            {
                return false;
            }
        }

        return count > 0;
    }
}
