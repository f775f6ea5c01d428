namespace Ingestion.Parser.Core;

/// <summary>
/// "Verkehr/ Umwelt", "Sport/ Freizeit": a news template's two-word section label, the words joined by a slash and a
/// space, printed after the date ("14.03.2015 - Verkehr/ Umwelt"). Two capitalised words read as a first name and a
/// surname; no person's first name ends with a slash (the label without the space, "Verkehr/Umwelt", is one word and no
/// name already). A name with an agency after it ("Anna Berg/ dpa") keeps two words before the slash and is left alone.
/// </summary>
internal static class SlashSpacedCategoryPair
{
    /// <summary>
    /// "14.03.2015 - Verkehr/ Umwelt" without its label after the spaced dash ("14.03.2015"); any other line as it is.
    /// </summary>
    public static string WithoutAfterDash(string line)
    {
        if (!line.Contains("/ ", StringComparison.Ordinal))
        {
            return line;
        }

        var dash = line.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0)
        {
            dash = line.LastIndexOf(" – ", StringComparison.Ordinal);
        }

        return dash > 0 && Is(line.AsSpan(dash + 3)) && !line.AsSpan(dash + 3).Contains(" - ", StringComparison.Ordinal) ? line[..dash].TrimEnd() : line;
    }

    /// <summary>Whether <paramref name="text"/> is two capitalised words of letters, the first ending with a slash ("Verkehr/ Umwelt").</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        return space > 2 && trimmed[space - 1] == '/' && IsCapitalisedWord(trimmed[..(space - 1)]) && IsCapitalisedWord(trimmed[(space + 1)..]);
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

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
