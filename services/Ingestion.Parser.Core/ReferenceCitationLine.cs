namespace Ingestion.Parser.Core;

/// <summary>
/// "More information: A. Ferris et al. Acoustic orientation of coral larvae, Marine Ecology Letters (2013). DOI: 10.1111/…"
/// and "Journal information: Marine Ecology Letters": a science news site's label and the paper's citation on one line
/// under the text, as <see cref="ReferenceLabel"/> knows them on two. A citation is no paragraph, nor a picture's caption.
/// "More information:" before anything but a citation (a year in brackets or a DOI) stays: it may open a contact line
/// the story's text gives readers.
/// </summary>
internal static class ReferenceCitationLine
{
    public static bool Is(ReadOnlySpan<char> text)
    {
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
