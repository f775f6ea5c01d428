namespace Ingestion.Parser.Core;

/// <summary>
/// "Gráinne Ní Fhloinn, Health Correspondent", "Christopher Thaxter, Staff Reporter": a byline box printed as one line,
/// the writer's name and the job title after a comma, with no "By" to mark it. Irish, Scottish and Caribbean dailies set
/// it so under the headline and its deck. Only a name of two to four words and a job title of four words at most count;
/// a sentence of the text ("Marta Ruiz, a nurse, said …") holds more words and no role after its first comma.
/// </summary>
internal static class NameCommaRoleByline
{
    private const int MaxLength = 80;

    public static bool Is(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 8 or > MaxLength || Words.HasDigit(line) || line.IndexOf(", ", StringComparison.Ordinal) is not (> 0 and var comma)
            || line[(comma + 2)..].Contains(',') || Words.EndsSentence(line))
        {
            return false;
        }

        var name = line[..comma];
        var role = line[(comma + 2)..];
        return BylineParser.IsWritersName(name.ToString()) && Words.CountUpTo(role, 5) <= 4 && BylineParser.IsRole(role.ToString());
    }
}
