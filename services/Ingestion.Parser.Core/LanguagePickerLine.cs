namespace Ingestion.Parser.Core;

/// <summary>
/// "Choose from 30 Languages", "Select language", "Wrong language? Change it here …", "COURIER.COM in 12 languages": an
/// international site's language picker and the notice beside it that names the language it chose for the reader. A text
/// rendering prints them over the menu, where the notice (a sentence) would pass for the page's first prose and the
/// picker's last link for the headline over it. No story sentence names a language that way: a picker line is short and
/// opens with the verb or ends with the count; the notice asks "Wrong language?" or says "as your language".
/// </summary>
internal static class LanguagePickerLine
{
    private const int MaxLength = 160;

    private const int MaxPickerWords = 4;

    private const int MaxCountLineWords = 6;

    private const int MaxNameWords = 3;

    private static readonly PrefixSet PickerVerbs = new(["choose ", "select ", "change ", "switch "]);

    private static readonly PrefixSet Notices = new(["wrong language?", "not your language?"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IndexOf("anguage", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        if (Notices.Matches(text) || text.Contains(" as your language", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = Words.Count(text);
        var lastWord = text[(text.TrimEnd().LastIndexOf(' ') + 1)..].TrimEnd();
        return lastWord.StartsWith("language", StringComparison.OrdinalIgnoreCase)
            && ((words <= MaxPickerWords && PickerVerbs.Matches(text)) || (words <= MaxCountLineWords && IsCountOfLanguages(text[..^lastWord.Length].TrimEnd())));
    }

    /// <summary>
    /// "MERIDIAN.COM in 30", "Available in 12": the count of languages before the last word, after the site's address or
    /// its name in capitals (a headline's "Bible now read in 700 languages" names no site).
    /// </summary>
    private static bool IsCountOfLanguages(ReadOnlySpan<char> beforeLastWord)
    {
        var space = beforeLastWord.LastIndexOf(' ');
        if (space <= 0 || !int.TryParse(beforeLastWord[(space + 1)..], out var languages) || languages < 2
            || !beforeLastWord[..space].EndsWith(" in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = beforeLastWord[..(space - " in".Length)].Trim();
        return name.Equals("Available", StringComparison.OrdinalIgnoreCase) || (Words.Count(name) <= MaxNameWords && (name.Contains('.') || !name.ContainsAnyInRange('a', 'z')));
    }
}
