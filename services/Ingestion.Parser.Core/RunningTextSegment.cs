namespace Ingestion.Parser.Core;

/// <summary>
/// "Likewise, I expect my face turns up in pictures that neighbours have posted — and …", "Harbourmart and other chains
/// usually answer such complaints … by pointing to "agreement" — that …": a sentence of the text that a spaced dash
/// parts looks like two items of a metadata row, and its first word, capitalised and cut at a comma or "and", like a
/// one-word name. A byline's part names people and perhaps their outlet, in capitalised words with a few small ones
/// ("of", "and", "at the"); a part that runs on in many words in small letters is running text, and names nobody.
/// </summary>
internal static class RunningTextSegment
{
    /// <summary>Small words a byline holds between names and roles: "Jane Roe and Tom Poe, Editor at the Ledger".</summary>
    private const int MostSmallWords = 4;

    public static bool Is(ReadOnlySpan<char> segment)
    {
        int small = 0, words = 0;
        foreach (var range in segment.Split(' '))
        {
            var word = segment[range].TrimStart("\"'“‘(");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (char.IsLower(word[0]))
            {
                small++;
            }
        }

        return small > MostSmallWords && small * 2 > words;
    }
}
