namespace Ingestion.Parser.Core;

/// <summary>
/// "Publié le 27/11/2014 à 14:05" / "Réagir à cet article | Partager | Imprimer" / chapô / "Tracteurs porte Maillot" /
/// "Des tracteurs stationnés porte Maillot, jeudi matin. Crédits photo : …" / text: French and Spanish papers of
/// 2011–2014 print the share row between the byline block and the chapô, and the lead picture's alt text over its
/// caption. Neither moves the chapô: it still stands between the byline block and the picture. A lead printed under
/// the picture is the text's first paragraph, as ever.
/// </summary>
internal static class PictureUnderStandfirst
{
    private const int LongestAltText = 8;

    /// <summary>
    /// "Hattenbrück. Rund 24.000 Haushalte …": a lead that opens with the place, as German and French regional papers
    /// open their text, is the text's first paragraph wherever it stands; a chapô names no place first.
    /// </summary>
    public static bool OpensWithPlace(string text)
    {
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        return stop > 2 && stop + 2 < text.Length && char.IsUpper(text[0]) && char.IsUpper(text[stop + 2])
            && !text.AsSpan(0, stop).ContainsAny(' ', ',') && text[..stop].All(c => char.IsLetter(c) || c == '-');
    }

    /// <summary>The line over the share or tool row right above <paramref name="index"/>, or the line right above.</summary>
    public static int BylineBlockAbove(PageLines lines, int index)
    {
        var above = lines.PreviousNonBlank(index);
        return above > 0 && IsShareRow(lines, above) && lines.DeclaredCount(above) is null
            ? lines.PreviousNonBlank(above)
            : above;
    }

    /// <summary>"Réagir à cet article | Partager | Imprimer": short links set apart by bars, most of them tool words.</summary>
    private static bool IsShareRow(PageLines lines, int index)
    {
        if (lines.IsBoilerplate(index))
        {
            return true;
        }

        var links = lines[index].Text.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return links.Length >= 3 && links.All(link => Words.Count(link) <= 4 && !Words.EndsSentence(link))
            && links.Count(BoilerplateFilter.IsBoilerplate) * 2 > links.Length;
    }

    /// <summary>The caption right under <paramref name="index"/>, stepping over a short alt text over it; -1 when there is none.</summary>
    public static int CaptionUnder(PageLines lines, int index, int end)
    {
        var next = lines.NextNonBlank(index, end);
        if (next >= end)
        {
            return -1;
        }

        if (lines.IsCaption(next))
        {
            return next;
        }

        var text = lines[next].Text;
        var caption = lines.NextNonBlank(next, end);
        return Words.Count(text) <= LongestAltText && !Words.EndsSentence(text) && !Words.HasDigit(text) && caption < end && lines.IsCaption(caption)
            ? caption
            : -1;
    }

    /// <summary>
    /// "A house stands in floodwater … (Photo: …)" / "Story Highlights" / "About 5.5 million policies were in force last year" /
    /// … / "WASHINGTON — The number …": the story's points may stand between the picture and the text, and the deck above
    /// the picture is still no text. The first line under the points, or <paramref name="index"/> when no summary label
    /// heads a list there.
    /// </summary>
    public static int TextUnderPoints(PageLines lines, int index, int end)
    {
        if (index >= end)
        {
            return index;
        }

        var points = SummaryPoints.End(lines, index, end);
        return points >= 0 ? lines.NextNonBlank(points, end) : index;
    }

    /// <summary>
    /// "Print" / "Talkback (6)" / "Share" under the lead picture's caption: the tool row may stand between the picture and
    /// the text as it stands between the byline block and the chapô. The first line under the row, or <paramref name="index"/>.
    /// </summary>
    public static int TextUnderToolRow(PageLines lines, int index, int end)
    {
        const int LongestToolRow = 6;
        var next = index;
        for (var skipped = 0; next < end && skipped < LongestToolRow && (lines.IsBoilerplate(next) || lines.DeclaredCount(next) is not null); skipped++)
        {
            next = lines.NextNonBlank(next, end);
        }

        return next < end && !lines.IsBoilerplate(next) && lines.DeclaredCount(next) is null ? next : index;
    }
}
