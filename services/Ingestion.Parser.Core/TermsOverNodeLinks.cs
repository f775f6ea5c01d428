namespace Ingestion.Parser.Core;

/// <summary>
/// "• Fire" / "• Agriculture" / "• Millbrook Township" / "• Login or register to post comments" / "• Printer-friendly
/// version": Drupal 6 prints a story's terms as a row of links with no label, right over the node's own links. Only over
/// that row is a short list (bulleted in a text browser's dump, one a line in a browser's copy) the story's tags; anywhere
/// else it may be a list of the text's or a menu.
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
        // The node links: a bulleted row in a text browser's dump, one link a paragraph in a browser's copy (no bullets).
        // Another bulleted item ("• Email") belongs to the row only right over one of its items.
        var nodeLinks = 0;
        var top = -1;
        // A browser's copy prints "Login or register to post comments" unbulleted, so the thread's form may end the article there.
        var last = end < lines.Count && NodeLinks.Matches(lines[end].Text) ? end : lines.PreviousNonBlank(Math.Min(end, lines.Count));
        for (var i = last; i >= 0; i = lines.PreviousNonBlank(i))
        {
            var isNodeLink = NodeLinks.Matches(Item(lines[i].Text, out var bulleted));
            if (!isNodeLink && !(bulleted && top == i + 1))
            {
                break;
            }

            nodeLinks += isNodeLink ? 1 : 0;
            top = i;
        }

        // One blank line parts the terms from the row.
        if (nodeLinks == 0 || top < 2 || !lines[top - 1].IsBlank || lines[top - 2].IsBlank)
        {
            return [];
        }

        // The terms are bulleted as the row's items are, or not at all; a bulleted list stops at the text's last paragraph
        // right over it (lynx sets no blank line there).
        List<string> terms = [];
        _ = Item(lines[top - 2].Text, out var listed);
        for (var i = top - 2; i >= 0 && !lines[i].IsBlank; i--)
        {
            var term = Item(lines[i].Text, out var bulleted);
            if (bulleted != listed)
            {
                break;
            }

            if (term.Length > MaxTermLength || Words.Count(term) > MaxTermWords || Words.EndsSentence(term) || lines.IsBoilerplate(i) || terms.Count == MaxTerms)
            {
                return [];
            }

            terms.Insert(0, term);
        }

        return terms;
    }

    private static string Item(string text, out bool bulleted)
    {
        var item = CommentLine.StripMarker(text, out var marker);
        bulleted = marker == CommentLine.Marker.Bullet;
        return Whitespace.Collapse(item);
    }
}
