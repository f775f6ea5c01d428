using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul id="navlist"&gt;&lt;li&gt;&lt;a&gt;Home&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;Vereinsheim&lt;/a&gt;&lt;/li&gt;…" in the left column of a club's
/// hand-built page that shows no headline at all, only its text under the banner picture, and names itself in the
/// document title alone ("Tennisclub Grünwiese 1978 e. V."): the page's reading found no heading and took the menu's
/// first item that is no usual section word. A line that is only the link of an item in a list of three or more such
/// items is the menu's, never the headline; the document title, whole, names the page then.
/// </summary>
internal static class MenuItemReadAsTitle
{
    private const int MinMenuItems = 3;

    public static string? Instead(IDocument document, string? title)
    {
        if (title is null || Whitespace.Collapse(document.Title) is not { Length: > 0 } documentTitle || documentTitle == title
            || !Words.HasLetter(documentTitle))
        {
            return title;
        }

        foreach (var link in document.GetElementsByTagName("a"))
        {
            if (link.ParentElement is { LocalName: "li", Children.Length: 1 } item && item.ParentElement is { LocalName: "ul" or "ol" } list
                && Whitespace.Collapse(link.TextContent) == title && Whitespace.Collapse(item.TextContent) == title && IsMenu(list))
            {
                return documentTitle;
            }
        }

        return title;
    }

    private static bool IsMenu(IElement list) =>
        list.Children.Length >= MinMenuItems
        && list.Children.All(item => item is { LocalName: "li", Children: [{ LocalName: "a" } link] } && Whitespace.Collapse(item.TextContent) == Whitespace.Collapse(link.TextContent));
}
