namespace Ingestion.Parser.Core;

/// <summary>
/// "von am 20.06.2018", "By on June 20, 2018", "Par le 3 mars 2014", "von 2018-06-20": a blog template whose author field
/// was left empty still prints the byline's label before the date, with the date's join word or straight before its
/// digits (an HTML page's tooltip date stands in for the shown "am …"), and two spaces where the empty link stood in a
/// rendering. The label names nobody, so the line is read from the date on, as the date line it is.
/// </summary>
internal static class NamelessBylineLabel
{
    private static readonly PrefixSet Labels = new(["by ", "posted by ", "von ", "par ", "por ", "door "]);

    private static readonly PrefixSet Joins = new(["on ", "am ", "le ", "el ", "op "]);

    /// <summary>The line from its date on ("am 20.06.2018") when it is a label and a day's date only; else the line.</summary>
    public static string Without(string line)
    {
        var label = Labels.MatchLength(line);
        if (label == 0)
        {
            return line;
        }

        var start = label;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }

        // "By June 2014 the pool …" or "By 2020": only a join word or a date's digits after the label, and a whole day.
        var rest = line.AsSpan(start);
        return (Joins.Matches(rest) || (!rest.IsEmpty && char.IsAsciiDigit(rest[0])))
            && DateLineParser.TryParseLine(rest, out var time) && time is { Date: not null, Relative: false }
                ? line[start..]
                : line;
    }
}
