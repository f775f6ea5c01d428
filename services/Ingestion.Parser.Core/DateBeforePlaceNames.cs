namespace Ingestion.Parser.Core;

/// <summary>
/// "«Gute Löhne alleine reichen nicht»" / "07.11.2023 Ormalingen, Ormalingen, Baselbiet" / the picture's caption / "So
/// bleibt man als Arbeitgeber attraktiv" / the text: a regional paper prints the story's day with its place and region
/// links on one row under the headline, and the subtitle over the text. A masthead's day of issue stands alone; a date
/// followed by a short list of capitalised names is the story's own dateline, so the line over it is the headline.
/// Cost: a first-character check a line; the date word is parsed only when the line opens with a digit.
/// </summary>
internal static class DateBeforePlaceNames
{
    private const int MaxNames = 6;

    private const int MaxWordsPerName = 3;

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var space = text.IndexOf(' ');
        if (space <= 0 || !char.IsAsciiDigit(text[0]) || !DateLineParser.TryParseLine(text[..space], out var time) || time.Date is null)
        {
            return false;
        }

        var names = text[(space + 1)..].Trim();
        if (names.IsEmpty || Words.HasDigit(names) || Words.EndsSentence(names))
        {
            return false;
        }

        var count = 0;
        foreach (var range in names.Split(','))
        {
            var name = names[range].Trim();
            if (name.IsEmpty || !char.IsUpper(name[0]) || Words.Count(name) > MaxWordsPerName || ++count > MaxNames)
            {
                return false;
            }
        }

        return true;
    }
}
