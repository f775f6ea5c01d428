namespace Ingestion.Parser.Core;

/// <summary>
/// "Par Name le 8 janvier 2017 Actu torrent", "Von Name am 8. Januar 2017 Lokales": a blog theme's entry meta sets the
/// byline, the day and the post's section in spans of their own, which a text rendering runs into one line with no bar
/// before the section. A labelled byline whose date ends in a digit and is followed by a word or three of no date is read
/// without those words: they name the section, neither the writer nor the time.
/// </summary>
internal static class SectionAfterBylineDate
{
    private const int MaxSectionWords = 3;

    public static string Without(string line)
    {
        var lastDigit = line.AsSpan().LastIndexOfAnyInRange('0', '9');
        if (lastDigit < 8 || lastDigit + 2 >= line.Length || line[lastDigit + 1] != ' ' || !char.IsUpper(line[lastDigit + 2])
            || !(line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || ContinentalBylineLabel.Opens(line)))
        {
            return line;
        }

        var section = line.AsSpan(lastDigit + 2);
        if (Words.Count(section) > MaxSectionWords || Words.EndsSentence(section) || section.ContainsAny(":|,()"))
        {
            return line;
        }

        // "… 5:42 PM", "… 16:12 ET": words that make the time (a meridiem, a zone) change it when left out, and stay.
        var before = line[..(lastDigit + 1)];
        return DateLineParser.Parse(before, out _) is { Date: not null } time && DateLineParser.Parse(line, out _) == time ? before : line;
    }
}
