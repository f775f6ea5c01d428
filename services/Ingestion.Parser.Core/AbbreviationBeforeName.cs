namespace Ingestion.Parser.Core;

/// <summary>
/// "… will start vs. Eastern Plains", "… signed by Gov. Mark Dayton": a short word whose full stop shortens it ("vs.",
/// "Gov.", "Sen.", "Dr.") goes on with the name after it, so those capitalised words close the line's sentence and are
/// no photographer's credit after it.
/// </summary>
internal static class AbbreviationBeforeName
{
    private static readonly WordSet Abbreviations = new(
        ["vs", "v", "Gov", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms", "Lt", "Sgt", "Gen", "Col", "Capt", "Rev", "Mt", "Ft", "St", "Pres", "Supt", "Atty"]);

    /// <summary>Whether <paramref name="text"/>, up to and with a full stop, ends with such an abbreviation.</summary>
    public static bool EndsWithOne(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[^1] != '.')
        {
            return false;
        }

        var word = text[(text.LastIndexOf(' ') + 1)..^1];
        return word.Length is >= 1 and <= 4 && Abbreviations.Contains(word);
    }
}
