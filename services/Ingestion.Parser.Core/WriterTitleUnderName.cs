namespace Ingestion.Parser.Core;

/// <summary>
/// "Heather Lindqvist" / "Boulder Ridge Pets Gazetteer" / "" / "Subscribe 412 subscribers" / "" / "March 13, 2012 7:18 PM
/// MDT": a contributor network's author card (Examiner's "Denver Dog Examiner", a blog network's "Senior Tech Blogger")
/// prints the writer's title under the name, in title case and with no role word a byline would carry, and the card's
/// other parts (a subscribe button, the date) under it. A browser's innerText sets the title on a line of its own, and
/// four capitalised words pass for a headline; the line is the byline's second line.
/// </summary>
internal static class WriterTitleUnderName
{
    private const int MostTitleWords = 5;

    private const int MostNameWords = 4;

    /// <summary>How many of the card's lines (a subscribe button and its note, a follow row) may stand between the title and the date.</summary>
    private const int MostCardLines = 3;

    /// <summary>
    /// Whether the line at <paramref name="index"/> is a writer's title right under the bare name, the date under it. The
    /// name's line over it is no headline either.
    /// </summary>
    public static bool Is(PageLines lines, int index, int end)
    {
        if (index <= 0 || index >= end)
        {
            return false;
        }

        var text = lines[index].Text.AsSpan().Trim();
        if (lines[index - 1].IsBlank || text.Length is < 5 or > 60 || !IsTitleCase(text))
        {
            return false;
        }

        var name = lines[index - 1].Text.AsSpan().Trim();
        if (name.Length is < 5 or > 40 || Words.EndsSentence(name) || Words.Count(name) is < 2 or > MostNameWords || !Words.LooksLikePersonName(name)
            || name.Equals(text, StringComparison.Ordinal) || !BylineParser.IsWritersName(name.ToString()))
        {
            return false;
        }

        // The card's other lines are furniture, and its date closes it: a headline under a columnist's name is followed by the text.
        var below = lines.NextNonBlank(index, end);
        for (var skipped = 0; below < end && skipped < MostCardLines && lines.IsBoilerplate(below); skipped++)
        {
            below = lines.NextNonBlank(below, end);
        }

        return below < end && lines.TryParseDate(below, out _);
    }

    /// <summary>"Boulder Ridge Pets Gazetteer", "Chief Political Correspondent": two to five capitalised words (joiners aside), no digit or mark.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        if (Words.EndsSentence(text) || Words.HasDigit(text) || text.ContainsAny(Marks))
        {
            return false;
        }

        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MostTitleWords || (!char.IsUpper(word[0]) && !Joiners.Contains(word)))
            {
                return false;
            }
        }

        return words >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(":|/\"“”!?,;()");

    private static readonly WordSet Joiners = new(["of", "and", "for", "the", "in", "at", "on", "&"]);
}
