namespace Ingestion.Parser.Core;

/// <summary>
/// "• Fire" / "• Agriculture" / "• Millbrook Township" / "• Login or register to post comments" / "• Printer-friendly
/// version": Drupal 6 prints a story's terms as a row of links with no label, right over the node's own links. Only over
/// that row is a short bulleted list the story's tags; anywhere else it may be a list of the text's or a menu.
/// </summary>
internal static class TermsOverNodeLinks
{
    private static readonly PrefixSet NodeLinks = new(
    [
        "printer-friendly version", "send to friend", "send by email", "add new comment", "log in to post comments",
        "login or register to post comments", "log in or register to post comments",
    ]);

    private const int MaxTerms = 8;

    private const int MaxTermLength = 40;

    private const int MaxTermWords = 4;

    /// <summary>The terms over the node links that end the article above <paramref name="end"/>, or none.</summary>
    public static List<string> Read(PageLines lines, int end)
    {
        var row = lines.PreviousNonBlank(Math.Min(end, lines.Count));
        var nodeLinks = 0;
        var i = row;
        for (; i >= 0 && !lines[i].IsBlank && IsBulleted(lines[i].Text, out var item); i--)
        {
            nodeLinks += NodeLinks.Matches(item) ? 1 : 0;
        }

        // w3m and lynx part the two lists by one blank line.
        if (nodeLinks == 0 || i < 1 || !lines[i].IsBlank || lines[i - 1].IsBlank)
        {
            return [];
        }

        List<string> terms = [];
        for (i--; i >= 0 && !lines[i].IsBlank && IsBulleted(lines[i].Text, out var term); i--)
        {
            if (term.Length > MaxTermLength || Words.Count(term) > MaxTermWords || Words.EndsSentence(term) || lines.IsBoilerplate(i) || terms.Count == MaxTerms)
            {
                return [];
            }

            terms.Insert(0, term);
        }

        return terms;
    }

    private static bool IsBulleted(string text, out string item)
    {
        item = Whitespace.Collapse(CommentLine.StripMarker(text, out var marker));
        return marker == CommentLine.Marker.Bullet && item.Length > 0;
    }
}
