namespace Ingestion.Parser.Core;

/// <summary>
/// "INSOLITE - Des plongeurs l'ont repêché lors d'un exercice...": a free daily's bold lead right over the text, its
/// rubric in capitals, a dash and a teaser that trails off in an ellipsis. It is neither the headline nor the text.
/// </summary>
internal static class KickerLead
{
    private const int MaxLength = 200;

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length is < 10 or > MaxLength || !(text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…')))
        {
            return false;
        }

        var dash = text.IndexOf(" - ", StringComparison.Ordinal) is >= 0 and var hyphen ? hyphen : text.IndexOf(" – ", StringComparison.Ordinal);
        if (dash < 3 || dash + 3 >= text.Length || !char.IsUpper(text[dash + 3]))
        {
            return false;
        }

        var rubric = text[..dash];
        return rubric.ContainsAnyInRange('A', 'Z') && !rubric.ContainsAnyExcept(RubricCharacters);
    }

    /// <summary>
    /// "Un vélo V'Lille, le 10 mars 2013. M.LIBERT/24HC" right over the lead: the picture's caption, a sentence and its
    /// credit in capitals after it.
    /// </summary>
    public static bool IsCaptionOver(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var space = text.LastIndexOf(' ');
        if (text.Length > MaxLength || space < 2 || text[space - 1] != '.')
        {
            return false;
        }

        var credit = text[(space + 1)..];
        return credit.Length >= 3 && credit.ContainsAnyInRange('A', 'Z') && !credit.ContainsAnyInRange('a', 'z');
    }

    private static readonly System.Buffers.SearchValues<char> RubricCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒÁÍÓÚÑ '-");
}
