namespace Ingestion.Parser.Core;

/// <summary>
/// "By Janelle Ortiz" / "The city council voted 5-2 Wednesday night …" / the lead picture's caption / more text: a byline
/// naming the writers alone, with no date or time, right over a paragraph heads the story's text. A French or Spanish
/// chapô stands under the whole byline block, whose last line is the date ("Publié le … à 14h05") or the reactions count
/// ("Réactions (23)"); a standfirst in English stands between the headline and the byline.
/// </summary>
internal static class NamedBylineOverText
{
    /// <summary>
    /// Whether the line at <paramref name="byline"/>, right over a would-be standfirst, names writers and nothing else, and
    /// is the whole byline block: "Publié le … à 14h05" / "Par Antoine Lemaire" / chapô is a block printed in the other
    /// order, whose chapô stays one.
    /// </summary>
    public static bool Is(PageLines lines, int byline) =>
        IsNamesAlone(lines, byline) && lines.PreviousNonBlank(byline) is var above
        && (above < 0 || !(lines.TryParseDate(above, out _) || lines.DeclaredCount(above) is not null
            || (lines.TryReadMetadata(above, out var found) && (found.Authors is not null || found.Time is not null))));

    private static bool IsNamesAlone(PageLines lines, int index) =>
        lines.TryReadMetadata(index, out var found) && found.Authors is not null && found.Time is null
        && !lines.TryParseDate(index, out _) && lines.DeclaredCount(index) is null;
}
