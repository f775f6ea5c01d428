namespace Ingestion.Parser.Core;

/// <summary>
/// "Lucía Ferrer Ibarra Madrid" / "9 MAY 2017 - 14:30 CEST" under "La Comunidad de Madrid limitará …": a byline box
/// sets the writer's name and the place written from side by side, and a text browser runs them into one line. A name's
/// last word (or last two, "Naciones Unidas") that the headline or the text right under the byline names again, or that
/// the site's menu above lists as a section of its own ("* Valladolid" for a city paper's local pages), while none of
/// the words before it is named so, is the place, not the writer's surname.
/// </summary>
internal static class PlaceAfterName
{
    /// <summary>How many lines under the byline are searched for the place (the date, a caption and the first paragraphs).</summary>
    private const int Reach = 8;

    /// <summary>A place of two words ("Naciones Unidas", "New York") leaves a name of two words at least.</summary>
    private const int LongestPlaceWords = 2;

    private const int ShortestName = 2;

    public static string Strip(string name, string? title, PageLines lines, int index, int end)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var texts = new List<string>();
        if (title is not null)
        {
            texts.Add(title);
        }

        for (var i = index + 1; i < end && i <= index + Reach; i++)
        {
            texts.Add(lines[i].Text);
        }

        for (var placeWords = 1; placeWords <= LongestPlaceWords && words.Length - placeWords >= ShortestName; placeWords++)
        {
            var kept = words[..^placeWords];
            var place = string.Join(' ', words[^placeWords..]);
            if ((NamesWord(texts, place) || IsMenuItemAbove(lines, index, place)) && !kept.Any(word => NamesWord(texts, word)))
            {
                return string.Join(' ', kept);
            }
        }

        return name;
    }

    /// <summary>"* Valladolid" above the byline: a line that is the place alone, but for a list's bullet.</summary>
    private static bool IsMenuItemAbove(PageLines lines, int index, string place)
    {
        for (var i = 0; i < index; i++)
        {
            var line = lines[i].Text.AsSpan().Trim();
            if (line.Length > 2 && line[0] is '*' or '•' or '+' or '-' && line[1] == ' ')
            {
                line = line[2..].TrimStart();
            }

            if (line.SequenceEqual(place))
            {
                return true;
            }
        }

        return false;
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
