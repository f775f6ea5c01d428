namespace Ingestion.Parser.Core;

/// <summary>
/// "Most Popular" / "Council approves budget for road repairs" / "Tigers rally past Eagles in overtime": the headline
/// links of a site's rail under its heading, which a scraper prints unbulleted between the article's copyright line and
/// its comments. An item is one short line that starts like a headline and ends no sentence; a line of text ends the rail.
/// </summary>
internal static class RailHeadline
{
    private const int MaxLength = 100;

    public static bool Is(string text)
    {
        var span = text.AsSpan().Trim();
        return span.Length is > 0 and <= MaxLength && (char.IsUpper(span[0]) || char.IsDigit(span[0])) && !Words.EndsSentence(span);
    }

    /// <summary>
    /// Whether the line at a rail's place still belongs to it: a blank line or a headline under a rail, or a rail's heading
    /// ("Most Popular", "Related Stories") opening one.
    /// </summary>
    public static bool Continues(string text, bool inRail) =>
        BoilerplateFilter.IsRelatedHeading(text) || (inRail && (text.Length == 0 || Is(text)));
}
