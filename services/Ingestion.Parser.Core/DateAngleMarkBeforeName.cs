namespace Ingestion.Parser.Core;

/// <summary>
/// "Dienstag, 4.3.2014, 09:15 &gt; Greta": a blog theme's entry line prints the day and time, then an arrow-like "&gt;" and
/// the writer's name or handle. The mark parts the date from the name as a bar would; read as one segment, the name
/// glued to the date by "&gt;" made the line no date line at all. Only a spaced "&gt;" after a whole date line, followed by
/// a short name of at most three words, is read so: a breadcrumb ("Home &gt; News &gt; Local") holds no date before its
/// mark, and a date over a sentence is no entry line.
/// Cost: one ordinal search per metadata line; the date line is parsed only where the mark is found.
/// </summary>
internal static class DateAngleMarkBeforeName
{
    private const string Mark = " > ";

    private const int MaxName = 40;

    private const int MaxNameWords = 3;

    /// <summary>The line with a bar in place of the mark between its date and the name after it, or the line as it is.</summary>
    public static string WithBar(string line)
    {
        var at = line.IndexOf(Mark, StringComparison.Ordinal);
        if (at <= 0)
        {
            return line;
        }

        var name = line.AsSpan(at + Mark.Length).Trim();
        return name.Length is > 0 and <= MaxName && !name.Contains('>') && Words.Count(name) <= MaxNameWords
            && DateLineParser.TryParseLine(line.AsSpan(0, at).Trim(), out var time) && time.Date is not null
            ? string.Concat(line.AsSpan(0, at), " | ", name)
            : line;
    }
}
