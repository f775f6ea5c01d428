namespace Ingestion.Parser.Core;

/// <summary>
/// "Samme skjedde på Tomrefjord for seks år siden.", "Same happened here 6 years ago.", "Das gleiche passierte bei uns vor
/// zwei Jahren.": a short comment whose only sentence ends in an age reads like a header of a name and its time ("Name 6
/// years ago"). A header's age stands alone or after a name; a sentence's follows words that no name holds (a lower-case
/// word of three letters or more after the first, "skjedde", "happened", "gleiche") and is closed by the sentence's full
/// stop or exclamation mark, which no header puts after a whole age word.
/// </summary>
internal static class SentenceEndingInAge
{
    /// <summary>Lower-case words that stand inside names ("Ludwig van Beethoven", "Maria dos Santos").</summary>
    private static readonly WordSet NameParticles = new(["von", "van", "der", "den", "del", "dos", "das", "des", "ten", "ter", "bin", "ibn", "della", "dello", "vom", "zum", "zur"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.Length < 8 || text[^1] is not ('.' or '!'))
        {
            return false;
        }

        var words = text.TrimEnd(".!").TrimEnd();
        var sawAge = false;
        var afterUnit = false;
        while (words.Length > 0)
        {
            var space = words.LastIndexOf(' ');
            var word = words[(space + 1)..];
            if (DateWords.TryGet(word, out var kind, out _))
            {
                sawAge |= kind is DateWords.Kind.RelativeMarker or DateWords.Kind.UnitAgo;
                afterUnit = kind is DateWords.Kind.Unit or DateWords.Kind.UnitAgo;
            }
            else if (afterUnit || Words.HasDigit(word))
            {
                // The count before the unit: "6", "seks", "six", "zwei".
                afterUnit = false;
            }
            else
            {
                break;
            }

            words = space < 0 ? [] : words[..space].TrimEnd();
        }

        return sawAge && HoldsSentenceWord(words);
    }

    private static bool HoldsSentenceWord(ReadOnlySpan<char> lead)
    {
        var first = true;
        foreach (var range in lead.Split(' '))
        {
            var word = lead[range].Trim(",;:");
            if (!first && word.Length >= 3 && char.IsLower(word[0]) && IsPlainWord(word) && !NameParticles.Contains(word))
            {
                return true;
            }

            first &= word.Length == 0;
        }

        return false;
    }

    /// <summary>Letters only: a handle ("ridgeline_farmer", "joe.k") is a name however it is written.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
