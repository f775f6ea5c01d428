namespace Ingestion.Parser.Core;

/// <summary>
/// "Anja Feldt and Rory McAllister are staff writers. Priya Sundaram is a Frontier Science intern.": a note under the text
/// that says who two of the byline's writers are, as "Name is …" says it of one. It is no paragraph of the story. The
/// names are matched in any case: a byline in capitals ("BY ANJA FELDT, RORY MCALLISTER AND …") keeps its capitals.
/// </summary>
internal static class JointWritersNote
{
    private const string And = " and ";
    private const string Are = " are ";

    public static bool Is(string text, List<string> authors)
    {
        if (authors.Count < 2)
        {
            return false;
        }

        foreach (var first in authors)
        {
            if (!text.StartsWith(first, StringComparison.OrdinalIgnoreCase) || !text.AsSpan(first.Length).StartsWith(And, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = text.AsSpan(first.Length + And.Length);
            foreach (var second in authors)
            {
                if (!ReferenceEquals(first, second) && rest.StartsWith(second, StringComparison.OrdinalIgnoreCase) && rest[second.Length..].StartsWith(Are, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
