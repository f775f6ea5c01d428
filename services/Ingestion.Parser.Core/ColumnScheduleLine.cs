namespace Ingestion.Parser.Core;

/// <summary>
/// "Walt Brennaman's column appears Tuesdays and Fridays. Email him at …": a columnist's note under the column saying
/// when it runs, often with the writer's address. It is the paper's note about the writer, no part of the column: a
/// short line whose first sentence names someone's column and the days it appears or runs.
/// </summary>
internal static class ColumnScheduleLine
{
    private static readonly string[] Phrases = ["'s column appears ", "’s column appears ", "'s column runs ", "’s column runs ", "'s columns appear ", "’s columns appear "];

    private static readonly WordSet When = new(
    [
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "every", "each", "weekly", "daily", "on", "in", "here", "regularly", "twice", "monthly",
    ]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        // Asked of every line: the fixed words are looked for before any word is read.
        if (text.Length is < 20 or > 240 || text.IndexOf(" column", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (var phrase in Phrases)
        {
            var at = text.IndexOf(phrase, StringComparison.Ordinal);
            if (at > 0 && Words.Count(text[..at]) <= 4)
            {
                var rest = text[(at + phrase.Length)..];
                var space = rest.IndexOf(' ');
                return When.Contains(space > 0 ? rest[..space] : rest.TrimEnd('.'));
            }
        }

        return false;
    }
}
