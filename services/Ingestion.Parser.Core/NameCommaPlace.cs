namespace Ingestion.Parser.Core;

/// <summary>
/// "Dale and Joyce Nygaard, Cass Lake, Minnesota": a guest book or letters signature, a couple's or a person's name,
/// then the town and the state, each after a comma. With two names joined by "and" and a town of two words the line
/// holds more words than a name alone may, but it is one signature: a name of at most six words, then one or two
/// places of one to three capitalised words each.
/// </summary>
internal static class NameCommaPlace
{
    private const int LongestLine = 70;

    private const int MostPlaces = 2;

    private const int MostPlaceWords = 3;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length > LongestLine || text.IndexOf(", ", StringComparison.Ordinal) is not (> 0 and var comma)
            || Words.HasDigit(text) || Words.EndsSentence(text) || !Words.LooksLikeName(text[..comma]))
        {
            return false;
        }

        var places = 0;
        foreach (var range in text[(comma + 2)..].Split(", "))
        {
            var place = text[(comma + 2)..][range].Trim();
            if (++places > MostPlaces || place.IsEmpty || place.Contains(',') || Words.Count(place) > MostPlaceWords || !IsCapitalised(place))
            {
                return false;
            }
        }

        return places > 0;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> place)
    {
        foreach (var range in place.Split(' '))
        {
            if (place[range] is var word && !word.IsEmpty && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }
}
