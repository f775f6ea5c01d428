namespace Ingestion.Parser.Core;

/// <summary>
/// "Written on Mar 17 by" / "Dana Whitcomb" / "Harbour reporter, mostly ferries.": a blogging platform's writer card under
/// the post prints its title with the post's day between the label and "by", the writer's name linked on the line under
/// it, then the writer's bio. The card is the platform's, no paragraph of the post, as the undated "Written by Name"
/// card is none. Known by "Written on " opening a short line that ends in " by", with a digit (the day) between them; a
/// sentence of the text ("Written on the wall by hand, the note …") goes on after "by" and stays.
/// Asked of a page's markup only: a text browser's dump prints the card's buttons glued over its title
/// ("RecommendRecommended"), which the dump's own rules drop with the card as it stands.
/// Cost: per line of the text, a first-letter and prefix compare; only such a line is scanned for its digit.
/// </summary>
internal static class DatedWriterCardTitle
{
    private const string Opening = "Written on ";

    private const string Closing = " by";

    /// <summary>"Written on September 30, 2015 by": the longest day a card spells.</summary>
    private const int LongestTitle = 40;

    public static bool Is(string text) =>
        text.Length is > 15 and <= LongestTitle && text[0] == 'W' && text.StartsWith(Opening, StringComparison.Ordinal)
        && text.EndsWith(Closing, StringComparison.Ordinal) && text.AsSpan(Opening.Length, text.Length - Opening.Length - Closing.Length).IndexOfAnyInRange('0', '9') >= 0;
}
