namespace Ingestion.Parser.Core;

/// <summary>
/// A logo whose alt text runs the paper's name together in capitals ("HARBOURDAILY") over "Mara Quill, HARBOUR DAILY":
/// the byline's affiliation spells the same letters with the spaces the paper prints its name with, so that spelling is
/// the <c>site</c>. Only a site of one word in capitals is asked (a picture's alt text, never a name as readers write it),
/// and only a byline's last comma-separated piece that holds the same letters in the same order with a space counts.
/// </summary>
internal static class SpacedMastheadInByline
{
    private const int MinLetters = 5;

    /// <summary>Lines longer than a byline are not read.</summary>
    private const int MaxLineLength = 120;

    /// <summary>The site as the byline spaces it; the page's lines, costly to read, are asked for only for a site in run-together capitals.</summary>
    public static string? Restore(string? site, Func<PageLines> pageLines)
    {
        if (site is null || !IsRunTogetherCapitals(site))
        {
            return site;
        }

        var lines = pageLines();

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            if (text.Length > MaxLineLength || text.Length <= site.Length)
            {
                continue;
            }

            // "Mara Quill, HARBOUR DAILY" or, the byline's time run on, "Mara Quill, HARBOUR DAILY 3:53 p.m. EST …".
            for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = NextComma(text, comma))
            {
                if (SpacedLength(text[(comma + 2)..], site) is > 0 and var length)
                {
                    return text.Slice(comma + 2, length).ToString();
                }
            }
        }

        return site;
    }

    /// <summary>"USATODAY", "HARBOURDAILY": capital letters only, no space.</summary>
    private static bool IsRunTogetherCapitals(string site)
    {
        if (site.Length < MinLetters)
        {
            return false;
        }

        foreach (var c in site)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int NextComma(ReadOnlySpan<char> text, int comma) =>
        text[(comma + 1)..].IndexOf(", ", StringComparison.Ordinal) is >= 0 and var next ? comma + 1 + next : -1;

    /// <summary>
    /// "HARBOUR DAILY" (or "HARBOUR DAILY 3:53 p.m.") against "HARBOURDAILY": the length of the opening run that spells
    /// the site's letters (<see cref="SameLetters"/>) with a space among them, ending the text or before a space and no
    /// capital; else 0.
    /// </summary>
    private static int SpacedLength(ReadOnlySpan<char> text, string site)
    {
        var length = text.Length > 0 && char.IsLetterOrDigit(text[0]) ? SameLetters.SpelledLength(text, site) : -1;
        if (length <= 0 || !text[..length].Contains(' '))
        {
            return 0;
        }

        var ends = length == text.Length || (text[length] == ' ' && (length + 1 == text.Length || !char.IsUpper(text[length + 1])));
        return ends ? length : 0;
    }
}
