namespace Ingestion.Parser.Core;

/// <summary>
/// "March 12, 2013BusinessJoanna Hollis 6 Comments": a browser's text copy of a WordPress entry's meta row prints the
/// date's, the category's and the writer's links with nothing between them. A year glued to a capitalised word is no
/// headline's and no sentence's: the row is set out in bar-parted cells ("March 12, 2013 | Business | Joanna Hollis 6
/// Comments"), split where the year meets the capital and where a word's small letter meets the next word's capital,
/// so it reads as any "date | category | writer" row.
/// </summary>
internal static class GluedDateRow
{
    private const int MaxLength = 120;

    public static List<TextLine> Split(List<TextLine> lines) =>
        LineTextRewrite.Each(lines, static text => Spaced(text) is var spaced && !ReferenceEquals(spaced, text) ? spaced : null);

    /// <summary>The row in bar-parted cells, or the same string when no date's year runs into a capital.</summary>
    public static string Spaced(string line)
    {
        // One vectorised search for a year's first digit turns down most lines; a prose line's year is followed by a
        // space or a mark, so the glued capital turns down the rest.
        if (line.Length is < 12 or > MaxLength)
        {
            return line;
        }

        var glued = GluedYearEnd(line);
        if (glued < 0 || !DateLineParser.TryParseLine(line.AsSpan(0, glued), out var date) || date.Date is null)
        {
            return line;
        }

        // "June 23, 2021June 22, 2021 by Name": an update's date glued to the story's, which the byline reader takes apart.
        var firstWord = line.AsSpan(glued);
        firstWord = firstWord[..(firstWord.IndexOfAny(' ', ',', '.') is >= 0 and var end ? end : firstWord.Length)];
        if (DateWords.TryGet(firstWord, out var kind, out _) && kind is DateWords.Kind.Month or DateWords.Kind.Weekday)
        {
            return line;
        }

        var cells = new System.Text.StringBuilder(line.Length + 12);
        cells.Append(line, 0, glued).Append(" | ");
        var rest = line.AsSpan(glued);
        var wordStart = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == ' ')
            {
                wordStart = i + 1;
            }
            else if (i - wordStart >= 3 && char.IsUpper(rest[i]) && char.IsLower(rest[i - 1]) && i + 1 < rest.Length && char.IsLower(rest[i + 1])
                && char.IsUpper(rest[wordStart]))
            {
                // "BusinessJoanna": a capitalised word of three letters or more runs into the next ("McDonald" stays whole).
                cells.Append(" | ");
                wordStart = i;
            }

            cells.Append(rest[i]);
        }

        return cells.ToString();
    }

    /// <summary>Where a four-digit year (19xx or 20xx) is followed at once by a capital and a small letter, the capital's index, or -1.</summary>
    private static int GluedYearEnd(string line)
    {
        var at = line.AsSpan().IndexOfAny('1', '2');
        while (at >= 0 && at + 5 < line.Length)
        {
            if (((line[at] == '1' && line[at + 1] == '9') || (line[at] == '2' && line[at + 1] == '0'))
                && char.IsAsciiDigit(line[at + 2]) && char.IsAsciiDigit(line[at + 3]) && (at == 0 || !char.IsAsciiDigit(line[at - 1]))
                && char.IsUpper(line[at + 4]) && char.IsLower(line[at + 5]))
            {
                return at + 4;
            }

            var next = line.AsSpan(at + 1).IndexOfAny('1', '2');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return -1;
    }
}
