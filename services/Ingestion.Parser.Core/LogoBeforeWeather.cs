namespace Ingestion.Parser.Core;

/// <summary>
/// "KTRV 6 News Amarillo 58°F Clear Member Center: Create Account | Log in": a station's or paper's top bar prints its
/// weather box ("Amarillo 58°F Clear") right after the logo. The logo is what stands before the reading and the town the
/// box gives it, which the page's own datelines print ("AMARILLO, TX (KTRV) -").
/// </summary>
internal static class LogoBeforeWeather
{
    private const int MaxNameWords = 4;

    private static readonly WordSet WeatherLabels = new(["weather", "météo", "clima", "wetter", "tiempo"]);

    /// <summary>The logo's name before the weather reading, or null when the line holds no reading or no name before it.</summary>
    public static string? Name(string line, Func<string, bool> isDatelinePlace)
    {
        var reading = ReadingStart(line);
        if (reading <= 0)
        {
            return null;
        }

        var words = line[..reading].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = words.Length;
        // "Weather: 41°F Cloudy", "Météo -8°C": the box's label.
        if (count >= 1 && WeatherLabels.Contains(words[^1].TrimEnd(':')))
        {
            count--;
        }

        // "Amarillo" before "58°F": the box's town, no part of the logo.
        if (count >= 2 && char.IsUpper(words[^1][0]) && isDatelinePlace(words[^1]))
        {
            count--;
        }

        // "Rosario 24°C Despejado" on its own line over the logo: the box alone, a town before the reading. A station's call
        // sign in capitals ("KTRV 58°F Clear") is a one-word logo.
        if (count == 0 || (count == 1 && words[0].AsSpan().ContainsAnyInRange('a', 'z')))
        {
            return null;
        }

        var name = string.Join(' ', words[..count]);
        // "Highs near 58°F": a sentence of a forecast, not a logo's capitalised words.
        return count <= MaxNameWords && Array.TrueForAll(words[..count], word => char.IsUpper(word[0]) || char.IsAsciiDigit(word[0])) && Words.LooksLikeName(name)
            ? name
            : null;
    }

    /// <summary>Where "58°F", "-8 °C" starts: a number of at most three digits before the degree sign and F or C.</summary>
    private static int ReadingStart(string line)
    {
        var degree = line.IndexOf('°');
        if (degree < 2 || degree + 1 >= line.Length || line[degree + 1] is not ('F' or 'C'))
        {
            return -1;
        }

        var end = line[degree - 1] == ' ' ? degree - 1 : degree;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(line[start - 1]) && end - start < 3)
        {
            start--;
        }

        start = start > 0 && line[start - 1] == '-' ? start - 1 : start;
        return start < end && start > 0 && line[start - 1] == ' ' ? start - 1 : -1;
    }
}
