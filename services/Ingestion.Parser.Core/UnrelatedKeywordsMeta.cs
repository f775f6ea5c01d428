namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="Keywords" content="computer, professionalism, conference, programmer, organisation, community, journal,
/// book, review, …"&gt;" over an article headed "Reading the Tides", described as "Tide tables can mislead. Bea Okafor
/// shows us how to read them": a society's or small publisher's site writes one keywords list for the whole site, in
/// its head on every page, naming what the site is about. A page's own keywords share a word with its headline or its
/// description; a long list of which no word opens a word of the headline or of any description meta describes the
/// site, no tags. The document title is not asked: it names the site, which a site's list may name too. Lists of fewer
/// than ten entries, and pages with no description to compare, are not asked: a short list of a story's topics ("Local
/// Government, Retail") often shares no word with its headline. Cost: once per page with a keywords meta of ten
/// entries or more: a word search of the headline and the descriptions per keyword word, no allocation.
/// Chinese and Japanese set their text without spaces, so "梁振英" inside "香港行政长官梁振英在…" opens no word there, and a
/// story's own keywords looked unrelated to its description; a keyword word in Han or kana is found anywhere in the
/// text, and two such characters are a word (UnspacedScriptKeyword).
/// </summary>
internal static class UnrelatedKeywordsMeta
{
    private const int LeastEntries = 10;

    /// <summary>Shortest keyword word compared: "c", "it" and "uk" say nothing.</summary>
    private const int LeastWordLength = 3;

    public static bool Is(IReadOnlyList<string> keywords, string? title, IReadOnlyList<string> descriptions)
    {
        if (keywords.Count < LeastEntries || descriptions.Count == 0)
        {
            return false;
        }

        foreach (var keyword in keywords)
        {
            var rest = keyword.AsSpan();
            while (rest.Length > 0)
            {
                var start = 0;
                while (start < rest.Length && !char.IsLetterOrDigit(rest[start]))
                {
                    start++;
                }

                var end = start;
                while (end < rest.Length && char.IsLetterOrDigit(rest[end]))
                {
                    end++;
                }

                var word = rest[start..end];
                rest = rest[end..];
                if ((word.Length >= LeastWordLength || (word.Length == 2 && IdeographicWords.IsIdeographOrKana(word[0])))
                    && (StartsAWord(title, word) || StartsAWordIn(descriptions, word)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool StartsAWordIn(IReadOnlyList<string> texts, ReadOnlySpan<char> word)
    {
        foreach (var text in texts)
        {
            if (StartsAWord(text, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> opens a word of <paramref name="text"/> ("ceo" in "CEOs"), case aside.</summary>
    private static bool StartsAWord(string? text, ReadOnlySpan<char> word)
    {
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan();
        var from = 0;
        while (from <= span.Length - word.Length)
        {
            var at = span[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (at == 0 || !char.IsLetterOrDigit(span[at - 1]) || IdeographicWords.IsIdeographOrKana(word[0]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
