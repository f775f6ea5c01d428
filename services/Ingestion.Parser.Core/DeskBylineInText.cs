using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "By: CNN Wire" under the headline and in the JSON-LD author, "&lt;div&gt;By Leigh Ann Caldwell&lt;/div&gt;" opening the
/// story's text: a station that reprints a wire feed signs the page with the feed's desk (<see cref="BylineParser.IsDeskName"/>),
/// and the wire's own byline, kept in the text, names the writer. As a sign-off under the text names the writer of a
/// story a desk posted (DeskBylineSignOff), a "By Name" byline inside the text does. The writers the page's text reader
/// found are taken only when the text itself holds "By" and the first one's name, so a name read from elsewhere on the
/// page (a menu, a card) never is. Cost: asked only of a page signed by a desk with no writer: one text collapse of
/// the story's root and one search.
/// </summary>
internal static class DeskBylineInText
{
    public static List<string>? Writers(IElement root, List<string> found)
    {
        if (found.Count == 0)
        {
            return null;
        }

        var text = Whitespace.Collapse(root.TextContent);
        return text.Contains(string.Concat("By ", found[0]), StringComparison.OrdinalIgnoreCase) ? found : null;
    }
}
