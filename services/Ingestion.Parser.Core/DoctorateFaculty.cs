namespace Ingestion.Parser.Core;

/// <summary>
/// "Dr. med. Jesko Matthes", "Dr. rer. nat. Huber", "Dr. phil. Brandt": German-speaking doctors sign with the faculty of
/// their degree, shortened in lower case after the "Dr.". The full stop after "med." ends no sentence, so such a
/// signature is a name (a commenter over "/ 07.11.2023", a byline), not two sentences. Only the faculties' usual
/// abbreviations count, and only in a row that a "Dr." opens.
/// </summary>
internal static class DoctorateFaculty
{
    private static readonly WordSet Faculties = new(
        ["med", "phil", "rer", "nat", "jur", "iur", "theol", "dent", "vet", "oec", "pol", "paed", "habil", "techn", "agr", "pharm", "soc", "biol", "math", "publ", "disc"]);

    /// <summary>Whether the word of <paramref name="text"/> from <paramref name="wordStart"/> to the full stop at <paramref name="stop"/> is a faculty after "Dr.".</summary>
    public static bool Is(ReadOnlySpan<char> text, int wordStart, int stop)
    {
        if (!Faculties.Contains(text[wordStart..stop]))
        {
            return false;
        }

        var before = text[..wordStart].TrimEnd();
        while (!before.IsEmpty)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (word is "Dr.")
            {
                return true;
            }

            if (word.Length < 2 || word[^1] != '.' || !Faculties.Contains(word[..^1]))
            {
                return false;
            }

            before = space < 0 ? [] : before[..space].TrimEnd();
        }

        return false;
    }
}
