namespace Ingestion.Parser.Core;

/// <summary>
/// "Tags: Lakefront Trail City Council Cedar Point Bicycling Parks", "Argomenti: scuola insegnanti di sostegno disabilità
/// ministero dell'Istruzione": a text copy runs a row of tag links together with single spaces, so where one tag ends
/// and the next begins is lost; read so, the row gives one tag or one a word. A tag names a thing the story speaks of,
/// and the story's text prints a tag of several words as it stands ("the Lakefront Trail", "la Tweede Kamer"). The
/// row's words are grouped into the fewest tags such that every tag of two words or more is a phrase the body holds.
/// </summary>
internal static class SpaceRunTags
{
    private const int MostWordsPerTag = 5;

    private const int MostRunWords = 24;

    private const int LeastRunWords = 3;

    private static readonly WordSet JoiningWords = new(
        ["and", "of", "the", "for", "in", "on", "a", "an", "to", "de", "del", "di", "da", "la", "le", "les", "und", "der", "die", "das", "et", "y", "e", "van", "von", "dell'"]);

    /// <summary>Regroups <paramref name="tags"/> when they are the words of a row printed without marks between its links.</summary>
    public static void Regroup(List<string> tags, PageLines lines, IReadOnlyList<string> body)
    {
        if (tags.Count == 0 || body.Count == 0 || (tags.Count > 1 && tags.Exists(tag => tag.Contains(' ', StringComparison.Ordinal))))
        {
            return;
        }

        var run = string.Join(' ', tags);
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < LeastRunWords or > MostRunWords || !IsPrintedAsRun(run, lines))
        {
            return;
        }

        // A grouping that finds no phrase of the body in the row is a guess; the row stays as read.
        if (Group(words, body) is { } grouped && grouped.Exists(tag => tag.Contains(' ', StringComparison.Ordinal)) && !grouped.SequenceEqual(tags, StringComparer.Ordinal))
        {
            tags.Clear();
            tags.AddRange(grouped);
        }
    }

    /// <summary>Whether a line of the page ends with the words as read, single spaces between them and no mark: the row itself.</summary>
    private static bool IsPrintedAsRun(string run, PageLines lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var text = lines[i].Text.AsSpan().TrimEnd();
            if (text.Length >= run.Length && text.EndsWith(run, StringComparison.Ordinal)
                && (text.Length == run.Length || text[^(run.Length + 1)] is ' ' or ':' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fewest tags covering the words in order, each of several words a phrase of the body; null when none is found.</summary>
    private static List<string>? Group(string[] words, IReadOnlyList<string> body)
    {
        var fewest = new int[words.Length + 1];
        var start = new int[words.Length + 1];
        Array.Fill(fewest, int.MaxValue);
        fewest[0] = 0;
        for (var last = 1; last <= words.Length; last++)
        {
            for (var first = Math.Max(0, last - MostWordsPerTag); first < last; first++)
            {
                if (fewest[first] == int.MaxValue || fewest[first] + 1 >= fewest[last] || !IsTag(words, first, last, body))
                {
                    continue;
                }

                fewest[last] = fewest[first] + 1;
                start[last] = first;
            }
        }

        if (fewest[words.Length] == int.MaxValue)
        {
            return null;
        }

        var tags = new List<string>();
        for (var last = words.Length; last > 0; last = start[last])
        {
            tags.Insert(0, string.Join(' ', words, start[last], last - start[last]));
        }

        return tags;
    }

    /// <summary>A word alone that is no joining word, or a phrase that opens and closes with no joining word and that the body prints.</summary>
    private static bool IsTag(string[] words, int first, int last, IReadOnlyList<string> body)
    {
        if (JoiningWords.Contains(words[first]) || JoiningWords.Contains(words[last - 1]))
        {
            return false;
        }

        if (last - first == 1)
        {
            return true;
        }

        var phrase = string.Join(' ', words, first, last - first);
        foreach (var paragraph in body)
        {
            if (HoldsPhrase(paragraph, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsPhrase(string paragraph, string phrase)
    {
        for (var at = paragraph.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = paragraph.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(paragraph[at - 1])) && (end == paragraph.Length || !char.IsLetterOrDigit(paragraph[end])))
            {
                return true;
            }
        }

        return false;
    }
}
