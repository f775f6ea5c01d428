namespace Ingestion.Parser.Core;

/// <summary>
/// "Lucía Ferrer Ibarra Madrid" / "9 MAY 2017 - 14:30 CEST" under "La Comunidad de Madrid limitará …": a byline box
/// sets the writer's name and the place written from side by side, and a text browser runs them into one line. A name's
/// last word that the headline or the text right under the byline names again, while they name none of the words
/// before it, is the place, not the writer's surname.
/// </summary>
internal static class PlaceAfterName
{
    /// <summary>How many lines under the byline are searched for the place (the date, a caption and the first paragraphs).</summary>
    private const int Reach = 8;

    public static string Strip(string name, string? title, PageLines lines, int index, int end)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return name;
        }

        var texts = new List<string>();
        if (title is not null)
        {
            texts.Add(title);
        }

        for (var i = index + 1; i < end && i <= index + Reach; i++)
        {
            texts.Add(lines[i].Text);
        }

        return NamesWord(texts, words[^1]) && !words[..^1].Any(word => NamesWord(texts, word)) ? string.Join(' ', words[..^1]) : name;
    }

    private static bool NamesWord(List<string> texts, string word)
    {
        foreach (var text in texts)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var after = at + word.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (after == text.Length || !char.IsLetter(text[after])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
