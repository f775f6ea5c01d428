namespace Ingestion.Parser.Core;

/// <summary>
/// "Home > Wirtschaft > Unternehmen > Hamburger Hafen" / "Hamburger Hafen: Reedereien drohen mit Abzug der …": a news
/// site sets the story's topic over its headline, and a text browser runs the two into one line. The breadcrumb (or a
/// line of its own) above names the same topic, so the words before the colon are the kicker, not the headline's.
/// </summary>
internal static class KickerOnHeadline
{
    private static readonly string[] BreadcrumbSeparators = [" > ", " › ", " » ", " / "];

    /// <summary>How many lines above the headline the topic may be printed (a share row or date between).</summary>
    private const int Reach = 3;

    public static string Strip(string title, PageLines lines, int titleIndex)
    {
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        // "Saint-Aubert : la fermeture de la maternité …": French typography's space before the colon is typed in the
        // headline's own text; a kicker run into the headline by the rendering keeps its colon close. Swiss French
        // ("Vaud: 120 millions pour …") sets no space, but a French headline opens with its place all the same.
        if (colon <= 0 || Words.Count(title.AsSpan(0, colon)) > 4 || title[colon - 1] == ' ' || FrenchHeadline.Is(title.AsSpan(colon + 2)))
        {
            return title;
        }

        var kicker = title.AsSpan(0, colon).Trim();
        if (HasRubricAbove(lines, titleIndex, kicker))
        {
            return title;
        }

        for (var (i, seen) = (titleIndex - 1, 0); i >= 0 && seen < Reach; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (NamesTopic(lines[i].Text.AsSpan().Trim(), kicker))
            {
                return SectionHeadlinePrefix.SharedByOtherHeadline(lines, titleIndex, kicker, title.AsSpan(colon + 2)) ? title : title[(colon + 2)..].TrimStart();
            }
        }

        return title;
    }

    /// <summary>
    /// "Accueil > Lille" / "FAITS DIVERS" / "Lille: Un vélo …": a rubric in capitals right over the headline is the story's
    /// kicker; the place before the colon is the headline's own, though the breadcrumb names it.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> LinkMarks = System.Buffers.SearchValues.Create(">|/›»:");

    private static bool HasRubricAbove(PageLines lines, int titleIndex, ReadOnlySpan<char> kicker)
    {
        var above = lines.PreviousNonBlank(titleIndex);
        if (above < 0)
        {
            return false;
        }

        var line = lines[above].Text.AsSpan().Trim();
        return line.Length is >= 3 and <= 40 && Words.Count(line) <= 4 && line.ContainsAnyInRange('A', 'Z') && !line.ContainsAnyInRange('a', 'z')
            && !line.ContainsAny(LinkMarks) && !line.Equals(kicker, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCapitalsOverMixedCase(ReadOnlySpan<char> line, ReadOnlySpan<char> kicker) =>
        !line.ContainsAnyInRange('a', 'z') && kicker.ContainsAnyInRange('a', 'z');

    private static bool NamesTopic(ReadOnlySpan<char> line, ReadOnlySpan<char> kicker)
    {
        if (line.Equals(kicker, StringComparison.OrdinalIgnoreCase))
        {
            // "LIVE UPDATES" / "Live updates: Storm closes schools …": a badge in capitals over a headline that starts with
            // the same words in its own case; the desk wrote them into the headline, no browser ran the two together.
            return !IsCapitalsOverMixedCase(line, kicker);
        }

        foreach (var separator in BreadcrumbSeparators)
        {
            if (line.EndsWith(kicker, StringComparison.OrdinalIgnoreCase) && line[..^kicker.Length].EndsWith(separator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
