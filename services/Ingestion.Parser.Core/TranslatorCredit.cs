namespace Ingestion.Parser.Core;

/// <summary>
/// "Translator: Leila Moshiri", "Translated by Leila Moshiri", "Translated from Persian by Leila Moshiri.": the credit of
/// a story's translator, over or under the text. Like a contributor's credit it names who worked on the text; it is no
/// paragraph, and the translator is no writer.
/// </summary>
internal static class TranslatorCredit
{
    private const int MaxLanguageWords = 3;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd('.');
        if (text.Length > 80)
        {
            return false;
        }

        if (text.StartsWith("Translator:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Translated by:", StringComparison.OrdinalIgnoreCase))
        {
            return IsName(text[(text.IndexOf(':') + 1)..]);
        }

        if (!text.StartsWith("Translated ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "Translated from the Persian by Name": the language between "from" and "by" is a word or three.
        var by = text.IndexOf(" by ", StringComparison.Ordinal);
        var between = by >= "Translated".Length ? text["Translated".Length..by].Trim() : default;
        return by > 0 && (between.IsEmpty || (between.StartsWith("from ", StringComparison.Ordinal) && Words.Count(between) - 1 <= MaxLanguageWords))
            && IsName(text[(by + 4)..]);
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        return Words.CountUpTo(name, 5) is >= 2 and <= 4 && Words.LooksLikePersonName(name);
    }
}
