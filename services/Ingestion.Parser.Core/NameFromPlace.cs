namespace Ingestion.Parser.Core;

/// <summary>
/// "Gudrun Pichlmayr aus New York" / "24. September 2013, 17:03", "Markus Feldhofer aus Brüssel": Austrian and German
/// papers print a correspondent's bare byline with the city filed from after "aus", over the date; British broadsheets
/// after "in" ("Julian Marchbank in New York" / "The Albion Post, Tuesday 24 September 2013 19.41 BST"). The place is no
/// part of the name.
/// </summary>
internal static class NameFromPlace
{
    private static readonly string[] FromWords = [" aus ", " in "];

    private const int MostPlaceWords = 3;

    /// <summary>The name before "aus Place" when the place is one to three capitalised words; otherwise the text itself.</summary>
    public static string WithoutPlace(string text)
    {
        if (text.Length > 80)
        {
            return text;
        }

        var at = -1;
        var fromLength = 0;
        foreach (var fromWord in FromWords)
        {
            at = text.LastIndexOf(fromWord, StringComparison.Ordinal);
            fromLength = fromWord.Length;
            if (at >= 0)
            {
                break;
            }
        }

        if (at <= 0)
        {
            return text;
        }

        var place = text.AsSpan(at + fromLength).Trim();
        if (place.IsEmpty || Words.HasDigit(place) || Words.CountUpTo(place, MostPlaceWords + 1) > MostPlaceWords)
        {
            return text;
        }

        foreach (var range in place.Split(' '))
        {
            if (place[range] is { IsEmpty: false } word && !char.IsUpper(word[0]))
            {
                return text;
            }
        }

        return text[..at].TrimEnd();
    }
}
