namespace Ingestion.Parser.Core;

/// <summary>
/// "Juliana Mattos" / "Do Portal Velho Chico, em Petrolina" / "25/09/2013 14h32 - …": a signature box names the writer
/// alone, then on the next line the paper or desk she writes for and the town she filed from, then the date. A browser's
/// innerText sets each of the box's blocks on a line of its own, and the paper-and-town line is long enough to pass for
/// a headline; it is the byline's second line.
/// </summary>
internal static class SourceAndTownUnderName
{
    private const int MostSourceWords = 5;

    private const int MostTownWords = 4;

    /// <summary>
    /// Whether <paramref name="line"/> is "Source, preposition Town", right under a writer's bare name with no blank line
    /// between (<paramref name="nameAbove"/>) and with a date line under it (<paramref name="dateBelow"/>).
    /// </summary>
    public static bool Is(string line, string? nameAbove, bool dateBelow)
    {
        if (nameAbove is null || !dateBelow || line.Length is 0 or > 80 || !char.IsUpper(line[0]) || line.IndexOf(", ", StringComparison.Ordinal) is not (> 0 and var comma))
        {
            return false;
        }

        var town = line.AsSpan(comma + 2).Trim();
        var space = town.IndexOf(' ');
        return space > 0 && char.IsLower(town[0]) && space + 1 < town.Length && char.IsUpper(town[space + 1])
            && Words.CountUpTo(town[(space + 1)..], MostTownWords + 1) <= MostTownWords && !Words.HasDigit(line) && !Words.EndsSentence(line)
            && Words.CountUpTo(line.AsSpan(0, comma), MostSourceWords + 1) <= MostSourceWords && BylineParser.IsWritersName(nameAbove);
    }
}
