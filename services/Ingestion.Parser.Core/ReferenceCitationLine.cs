namespace Ingestion.Parser.Core;

/// <summary>
/// "More information: A. Ferris et al. Acoustic orientation of coral larvae, Marine Ecology Letters (2013). DOI: 10.1111/…"
/// and "Journal information: Marine Ecology Letters": a science news site's label and the paper's citation on one line
/// under the text, as <see cref="ReferenceLabel"/> knows them on two. A citation is no paragraph, nor a picture's caption.
/// "More information:" before anything but a citation (a year in brackets or a DOI) stays: it may open a contact line
/// the story's text gives readers. A journal's own news story closes with the issue it was printed in ("Orrin Letters 581,
/// 22-23 (2020)") and its DOI ("doi: 10.5555/…"), each on a line of its own: no paragraph either.
/// </summary>
internal static class ReferenceCitationLine
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        // "Suggested citation: Name, Title, Blog, 2019/3/14, https://…": an academic blog's own reference (SuggestedCitationLine).
        if (IsBareDoi(text) || IsIssueCitation(text) || SuggestedCitationLine.Is(text))
        {
            return true;
        }

        if (text.Length is < 22 or > 600 || text[0] is not ('J' or 'j' or 'M' or 'm'))
        {
            return false;
        }

        if (text.StartsWith("journal information:", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length < 200;
        }

        return text.StartsWith("more information:", StringComparison.OrdinalIgnoreCase)
            && (text.Contains("DOI:", StringComparison.OrdinalIgnoreCase) || text.Contains("doi.org/", StringComparison.OrdinalIgnoreCase) || HasYearInBrackets(text));
    }

    /// <summary>
    /// "doi: 10.5555/ol-2020-01234", "DOI: 10.1111/mec.1234", "https://doi.org/10.5555/…": a journal's news story
    /// closes with its own identifier on a line of its own; no sentence is a DOI alone.
    /// </summary>
    private static bool IsBareDoi(ReadOnlySpan<char> text)
    {
        if (text.Length is < 12 or > 120)
        {
            return false;
        }

        var rest = text.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) ? text[4..].TrimStart()
            : text.StartsWith("https://doi.org/", StringComparison.OrdinalIgnoreCase) ? text[16..]
            : [];
        return rest.StartsWith("10.", StringComparison.Ordinal) && rest.IndexOf('/') > 3 && rest.IndexOfAny(' ', '\t') < 0;
    }

    /// <summary>Longest journal name before the volume: "Proceedings of the National Academy of Sciences".</summary>
    private const int MaxJournalWords = 8;

    /// <summary>
    /// "Orrin Letters 581, 22-23 (2020)", "Coastal Research 36, 1234 (2019)": the journal, volume, pages and year the printed story
    /// appeared under, on a line of its own under a journal's news story. A sentence never ends in the year in brackets
    /// right after a page number.
    /// </summary>
    private static bool IsIssueCitation(ReadOnlySpan<char> text)
    {
        if (text.Length is < 12 or > 100 || !char.IsUpper(text[0]) || !text.EndsWith(')') || text[^7] != ' ' || text[^6] != '('
            || !int.TryParse(text[^5..^1], out var year) || year is < 1800 or > 2100)
        {
            return false;
        }

        // "Orrin Letters 581, 22-23": the journal's words, then the volume, a comma and the pages.
        var head = text[..^7].TrimEnd();
        var comma = head.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || !IsPages(head[(comma + 2)..]))
        {
            return false;
        }

        var journal = head[..comma];
        var space = journal.LastIndexOf(' ');
        return space > 0 && journal[(space + 1)..] is { Length: > 0 and <= 5 } volume && !volume.ContainsAnyExceptInRange('0', '9')
            && Words.Count(journal[..space]) <= MaxJournalWords && !journal[..space].ContainsAnyInRange('0', '9');
    }

    /// <summary>"16-17", "16–17", "1234", "e2019": the pages a citation gives.</summary>
    private static bool IsPages(ReadOnlySpan<char> pages)
    {
        if (pages.Length is 0 or > 15)
        {
            return false;
        }

        foreach (var c in pages)
        {
            if (!char.IsAsciiDigit(c) && c is not ('-' or '–' or 'e'))
            {
                return false;
            }
        }

        return char.IsAsciiDigit(pages[^1]);
    }

    /// <summary>"Nature (2019)": the year a citation gives its journal.</summary>
    private static bool HasYearInBrackets(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('('); at >= 0 && at + 5 < text.Length; at = text.Slice(at + 1).IndexOf('(') is var next && next >= 0 ? at + 1 + next : -1)
        {
            if (text[at + 5] == ')' && text.Slice(at + 1, 4) is var year && year[0] is '1' or '2' && int.TryParse(year, out _))
            {
                return true;
            }
        }

        return false;
    }
}
