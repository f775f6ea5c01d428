namespace Ingestion.Parser.Core;

/// <summary>
/// "By Dana Whitcomb, a deputy editor and author of the Harbour Notes newsletter. She has covered the port for over a
/// decade at The Gazette.": a byline whose job title runs into the writer's bio, as a text browser prints a byline box.
/// The byline ends with the appositive's sentence; the sentences after it are the bio's, no text of the story.
/// </summary>
internal static class BylineBioSentences
{
    private static readonly string[] Appositives = [", a ", ", an ", ", the "];

    /// <summary>Whether the line is a byline with the writer's bio run on after it.</summary>
    public static bool Holds(string line) => !ReferenceEquals(Without(line), line);

    public static string Without(string line)
    {
        if (!line.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            return line;
        }

        foreach (var appositive in Appositives)
        {
            if (line.IndexOf(appositive, StringComparison.Ordinal) is > 3 and var at
                && line.IndexOf(". ", at, StringComparison.Ordinal) is > 0 and var stop
                && Words.Count(line.AsSpan(3, at - 3)) <= 4)
            {
                return line[..(stop + 1)];
            }
        }

        return line;
    }
}
