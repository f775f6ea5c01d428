namespace Ingestion.Parser.Core;

/// <summary>
/// "<c>(475 spaces)</c>Saint-Aubert : la fermeture de la maternité inquiète les élus": <c>lynx -dump</c> centres a page's
/// <c>h1</c> across the whole rendering width, while the chrome, the deck, the byline and the caption under it start at
/// the margin. A headline-like line centred so, alone of its kind above the text, is the headline: a deck or a caption
/// under it reads as one just as well.
/// </summary>
internal static class CentredHeadline
{
    /// <summary>The centred line above <paramref name="firstProse"/>, or -1 when none or more than one is.</summary>
    public static int Find(PageLines lines, int firstProse, Func<int, bool> isHeadline) =>
        FindCentred(lines, firstProse) is >= 0 and var found && isHeadline(found)
        && MarginHeadlineBelow(lines, found, firstProse, isHeadline) < 0 && !IsUnderBylinedHeadline(lines, found, isHeadline) ? found : -1;

    /// <summary>How many lines above a centred line its byline may stand, past a share row's buttons.</summary>
    private const int BylineReach = 12;

    /// <summary>
    /// "The FAILURE Of Public Schooling" / "December 21, 2016 By Robert Gehl 2 Comments" / share buttons / "<c>(150
    /// spaces)</c>True cost of Education, High School Classroom": a centred picture's alt text under the story's margin
    /// headline and byline is no headline; a centred headline has its byline under it.
    /// </summary>
    private static bool IsUnderBylinedHeadline(PageLines lines, int centred, Func<int, bool> isHeadline)
    {
        var seen = 0;
        for (var i = lines.PreviousNonBlank(centred); i >= 0 && seen < BylineReach; i = lines.PreviousNonBlank(i), seen++)
        {
            if (lines.TryReadMetadata(i, out var found) && found.Authors is not null)
            {
                return lines.PreviousNonBlank(i) is >= 0 and var above && isHeadline(above);
            }

            if (!lines.IsBoilerplate(i))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "<c>(475 spaces)</c>The Valley Courier" / "Serving Oakes Mill and Barnes County since 1889" / "Grain elevator fire forces
    /// evacuation in Oakes Mill": the story's <c>h2</c> at the margin under a centred masthead, or -1. The line under the
    /// masthead is its tagline, no headline of its own, however much it reads like one.
    /// </summary>
    public static int MarginHeadline(PageLines lines, int firstProse, Func<int, bool> isHeadline) =>
        FindCentred(lines, firstProse) is >= 0 and var found && (isHeadline(found) || IsName(lines[found].Text))
            ? MarginHeadlineBelow(lines, found, firstProse, isHeadline)
            : -1;

    private const int LongestName = 6;

    /// <summary>"The Valley Courier", "Under the City": a masthead the headline test turns down as a site's name.</summary>
    private static bool IsName(string text) => Words.Count(text) <= LongestName && !Words.EndsSentence(text) && char.IsUpper(text[0]);

    private static int FindCentred(PageLines lines, int firstProse)
    {
        var found = -1;
        for (var i = 0; i < firstProse && i < lines.Count; i++)
        {
            if (!lines[i].Centred)
            {
                continue;
            }

            // A second centred line is a centred layout's (a masthead, a footer), no heading set apart from the rest.
            if (found >= 0)
            {
                return -1;
            }

            found = i;
        }

        return found;
    }

    /// <summary>
    /// "<c>(480 spaces)</c>El Heraldo del Bajío" / "LOCAL" / "Suspenden obra del distribuidor vial en avenida Juárez": when
    /// the masthead is the <c>h1</c>, <c>lynx</c> centres it and prints the story's <c>h2</c> headline at the margin, left
    /// of the text's indentation; that headline, not the masthead, is the title.
    /// </summary>
    private static int MarginHeadlineBelow(PageLines lines, int centred, int firstProse, Func<int, bool> isHeadline)
    {
        if (firstProse >= lines.Count || lines[firstProse].Indent == 0)
        {
            return -1;
        }

        // The line right under a centred headline is its deck, which lynx prints at the margin too; a byline or date under
        // the centred line is the story's (a live page's entries have headlines of their own at the margin).
        var deck = lines.NextNonBlank(centred, firstProse);
        for (var i = deck + 1; i < firstProse; i++)
        {
            if (lines.TryReadMetadata(i, out var found) && (found.Authors is not null || found.Time is not null))
            {
                return -1;
            }

            if (!lines[i].IsBlank && lines[i].Indent == 0 && isHeadline(i))
            {
                return i;
            }
        }

        return -1;
    }
}
