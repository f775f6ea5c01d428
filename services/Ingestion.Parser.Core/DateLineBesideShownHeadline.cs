namespace Ingestion.Parser.Core;

/// <summary>
/// A party's or a club's news page whose template prints the story's date on a line of its own right over (or under) the
/// headline ("14.03.2015 - Ortsteile" / "Neue Spielgeräte für den Stadtpark") while the story's box holds the text alone,
/// and a slider of earlier news with their own dates ("02.11.2016" / teaser headline) opens the page. The whole page's
/// reading anchors on a teaser's headline and takes that teaser's date; the story's box has none to give. The line beside
/// the known headline, when it is a date with a short label at most, is the story's.
/// </summary>
internal static class DateLineBesideShownHeadline
{
    /// <summary>The most words on the date line that are no part of the date ("-", a section label of a word or two).</summary>
    private const int MostOtherWords = 4;

    /// <summary>The date on the line right over the line showing <paramref name="title"/>, else right under it; null when neither is one.</summary>
    public static PageTime? Find(PageLines lines, string? title)
    {
        if (title is null)
        {
            return null;
        }

        var shown = lines.FindIndex(line => line.Text.Length == title.Length && string.Equals(Whitespace.Collapse(line.Text), title, StringComparison.Ordinal));
        if (shown < 0)
        {
            return null;
        }

        return DateOn(lines, lines.NearWithinOneBlank(shown, -1)) ?? DateOn(lines, lines.NearWithinOneBlank(shown, 1));
    }

    private static PageTime? DateOn(PageLines lines, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var text = lines[index].Text.AsSpan().Trim();
        return text.Length <= DateLineParser.LongestLine && text.ContainsAnyInRange('0', '9')
            && DateLineParser.Parse(text, out var otherWords) is { Date: not null, Relative: false } time && otherWords <= MostOtherWords
            ? time
            : null;
    }
}
