namespace Ingestion.Parser.Core;

/// <summary>
/// "Eastmoor Imaging Centre", "Harbour Marine Laboratory": a science story credits its picture to the institution that
/// made it, a few capitalised words ending with the kind of institution, with no credit word. Alone such a line could be
/// a crosshead; the reader takes it for a credit only glued under a caption's sentence with a blank line after it.
/// </summary>
internal static class InstitutionCredit
{
    private const int LongestLine = 50;
    private const int MaxWords = 5;

    private static readonly WordSet Kinds = new(
        ["centre", "center", "laboratory", "laboratories", "lab", "observatory", "institute", "museum", "library", "archive", "archives", "university", "imaging", "images", "pictures", "photography"]);

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 6 or > LongestLine || !char.IsUpper(text[0]) || Words.EndsSentence(text) || Words.HasDigit(text))
        {
            return false;
        }

        var space = text.LastIndexOf(' ');
        if (space < 0 || !Kinds.Contains(text[(space + 1)..]) || Words.Count(text) > MaxWords)
        {
            return false;
        }

        // Each word capitalised, as a name is: "Images of the storm" is a crosshead.
        foreach (var word in text.Split(' '))
        {
            if (word.End.Value - word.Start.Value > 0 && !char.IsUpper(text[word][0]) && text[word] is not ("of" or "for" or "and" or "the"))
            {
                return false;
            }
        }

        return true;
    }
}
