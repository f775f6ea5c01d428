namespace Ingestion.Parser.Core;

/// <summary>
/// "Set scores: Northern Ridge 25 25 19 22 11 - 2; Lakeland State 23 21 25 25 15 - 3", "Attendance: 1,847": a college or a
/// club site's recap closes with the box score's summary lines, a short label and then the teams' names and numbers
/// only, or the crowd's count alone. Text puts lower-case words between its numbers.
/// </summary>
internal static class BoxScoreSummaryLine
{
    private const int MaxLength = 200;
    private const int MaxLabelWords = 3;
    private const int MinScores = 5;

    public static bool Is(ReadOnlySpan<char> text)
    {
        // A capital, a colon near the start and a digit: most lines fail the first two.
        if (text.Length is < 8 or > MaxLength || !char.IsUpper(text[0]) || text[..Math.Min(text.Length, 30)].IndexOf(": ", StringComparison.Ordinal) is not (> 0 and var colon)
            || Words.Count(text[..colon]) > MaxLabelWords)
        {
            return false;
        }

        var value = text[(colon + 2)..].Trim();
        if (!value.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        // "Attendance: 1,847": the crowd's count alone.
        if (text[..colon] is "Attendance" or "Att." or "Crowd")
        {
            return !value.ContainsAnyExcept(CountCharacters);
        }

        var scores = 0;
        foreach (var range in value.Split(' '))
        {
            var word = value[range].TrimEnd(';').TrimEnd(',');
            if (word.IsEmpty || word is "-")
            {
                continue;
            }

            if (!word.ContainsAnyExcept(CountCharacters))
            {
                scores++;
            }
            else if (!char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return scores >= MinScores;
    }

    private static readonly System.Buffers.SearchValues<char> CountCharacters = System.Buffers.SearchValues.Create("0123456789,-");
}
