namespace Ingestion.Parser.Core;

/// <summary>
/// "This is the latest installment of the Ask the Pilot advice column. You can send a question for a future column
/// here.": the standing note a column prints in every installment, set apart between rules inside the text, naming the
/// column and inviting questions, as "Got a question? …" does. It is the site's, not the writer's. The note's first
/// sentence opens "This is" (a slip doubling the verb, "This is is", as served), calls the story the latest one of a
/// run and ends on the run's kind ("column", "series"); at most one more sentence follows. A sentence of the text
/// ("This is the latest installment of a dispute that has dragged on for years.") ends on something else.
/// </summary>
internal static class ColumnInstallmentNote
{
    private static readonly string[] LatestOne = ["the latest installment of ", "the latest instalment of ", "the latest entry in ", "the latest edition of "];

    private static readonly WordSet RunKinds = new(["column", "series", "newsletter", "podcast", "feature", "guide"]);

    /// <summary>"This is is the latest installment of": the opening words before the phrase, a slip included.</summary>
    private const int LongestOpening = 12;

    /// <summary>Two sentences, a line or two.</summary>
    private const int LongestNote = 300;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > LongestNote || !text.StartsWith("This is ", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var phrase in LatestOne)
        {
            var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at is < 0 or > LongestOpening)
            {
                continue;
            }

            var rest = text[(at + phrase.Length)..];
            var end = rest.IndexOf(". ", StringComparison.Ordinal);
            var first = end < 0 ? rest.TrimEnd().TrimEnd('.') : rest[..end];
            var after = end < 0 ? [] : rest[(end + 2)..].Trim();
            return EndsOnRunKind(first) && after.TrimEnd('.').IndexOf(". ", StringComparison.Ordinal) < 0;
        }

        return false;
    }

    private static bool EndsOnRunKind(ReadOnlySpan<char> sentence)
    {
        var space = sentence.LastIndexOf(' ');
        return space > 0 && RunKinds.Contains(sentence[(space + 1)..]);
    }
}
