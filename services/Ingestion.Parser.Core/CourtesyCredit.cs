namespace Ingestion.Parser.Core;

/// <summary>
/// "Courtesy Valposchiavo Tourism", "Courtesy Dana Whitcomb": a picture a tourist board, a family or a reader gave the
/// site is credited with a capitalised "Courtesy" and the giver's name, without "of", alone on its line under the
/// caption. A sentence of the text that opens with the word ("Courtesy costs nothing.") closes with its full stop, and
/// its words after the first are not all capitalised.
/// </summary>
internal static class CourtesyCredit
{
    private const string Opening = "Courtesy ";
    private const int MaxLength = 60;
    private const int MaxGiverWords = 5;

    /// <summary>Whether the text is "Courtesy" and a name of a few capitalised words.</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        // The capital "C" and the length are asked first: most lines fail them.
        if (text.Length is <= 10 or > MaxLength || text[0] != 'C' || !text.StartsWith(Opening, StringComparison.Ordinal))
        {
            return false;
        }

        var giver = text[Opening.Length..].Trim();
        return !Words.EndsSentence(giver) && Words.CapitalisedCount(giver, MaxGiverWords) > 0 && Words.LooksLikeName(giver);
    }
}
