namespace Ingestion.Parser.Core;

/// <summary>
/// "(wienerblatt) Erstellt am 09.08.2013, 06:00", "(apa) 27.09.2013, 14:05": Austrian and German papers close the text
/// with the desk or the agency that wrote it, in brackets, before the time the story went up. The bracketed name is no
/// part of the date: without it the line is the date line it reads as. Only a short name of letters goes (one to three
/// words); a bracket holding a digit ("(2013)") or a sentence is left alone.
/// </summary>
internal static class BracketedDeskBeforeDate
{
    private const int LongestName = 30;

    private const int MostWords = 3;

    /// <summary>The line without a leading "(desk) ", or the same line when it opens otherwise.</summary>
    public static string Without(string line)
    {
        // The first character turns down nearly every line.
        if (line.Length < 12 || line[0] != '(')
        {
            return line;
        }

        var close = line.IndexOf(')');
        if (close is < 3 or > LongestName + 1 || close + 1 >= line.Length || line[close + 1] != ' ')
        {
            return line;
        }

        var name = line.AsSpan(1, close - 1);
        foreach (var c in name)
        {
            if (!char.IsLetter(c) && c is not (' ' or '.' or '-' or '/'))
            {
                return line;
            }
        }

        var rest = line.AsSpan(close + 1).TrimStart();
        return Words.Count(name) <= MostWords && rest.Length > 0 && char.IsAsciiDigit(rest[^1]) ? rest.ToString() : line;
    }
}
