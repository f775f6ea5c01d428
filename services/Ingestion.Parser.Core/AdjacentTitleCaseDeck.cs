namespace Ingestion.Parser.Core;

/// <summary>
/// "Cruz Talks Through the Night as Shutdown Deadline Nears" / "Senator's Marathon Speech Can't Stop Vote on Spending
/// Bill" / "By NAME And NAME": a financial daily sets its deck in title case right under the headline, a few characters
/// longer or shorter; neither ends like a sentence, and the byline follows.
/// </summary>
/// <remarks>
/// Right under each other or set apart by blank lines ("Fed Officials Split …" / "" / "Two Regional Presidents Say …" /
/// "" / "By NAME And NAME"), the pair counts only over a byline with names: over a bare date, a title-case line above
/// the headline is a station's slogan ("Listen Live: WKBD News Radio 103.1"), which a scraper printing no blank lines
/// sets right over the headline.
/// </remarks>
internal static class AdjacentTitleCaseDeck
{
    /// <param name="end">Where the article's lines end (the byline is looked for before it).</param>
    public static bool Is(PageLines lines, int end, int index, int headline) =>
        index - headline is 1 or 2 && IsOverNamedByline(lines, end, index) && !Words.EndsSentence(lines[index].Text) && !Words.EndsSentence(lines[headline].Text)
        && TitleCase.IsTitleCase(lines[index].Text) && TitleCase.IsTitleCase(lines[headline].Text);

    /// <summary>Whether a byline with names stands right under the deck, or under the date line right under it.</summary>
    private static bool IsOverNamedByline(PageLines lines, int end, int index)
    {
        var under = lines.NextNonBlank(index, end);
        var byline = under < end ? DateOverByline.BylineUnder(lines, under, end, lines.NextNonBlank(under, end)) : end;
        return byline < end && lines.TryReadMetadata(byline, out var names) && names.Authors is not null;
    }
}
