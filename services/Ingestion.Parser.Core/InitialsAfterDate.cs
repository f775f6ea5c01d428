namespace Ingestion.Parser.Core;

/// <summary>
/// "14.03.2018 (hw)" over the headline: a German trade magazine's story bar gives the day and, in brackets, the small
/// initials of the editor who wrote it, as a paper's Kürzel under the text (<see cref="EditorInitials"/>). The initials
/// name no writer a reader knows; the date is the story's, and the brackets kept it from being read as one.
/// </summary>
internal static class InitialsAfterDate
{
    /// <summary>The line without its closing "(initials)" when what stands before them holds a digit, else the line itself.</summary>
    public static string Without(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.Length < 8 || text[^1] != ')' || text.LastIndexOf(" (") is not (> 0 and var open) || !EditorInitials.Is(text[(open + 2)..^1])
            || !Words.HasDigit(text[..open]))
        {
            return line;
        }

        return text[..open].TrimEnd().ToString();
    }
}
