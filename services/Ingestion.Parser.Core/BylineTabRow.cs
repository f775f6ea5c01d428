using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="navigation byline"&gt;&lt;li&gt;&lt;a class="nolink"&gt;All Blog Posts&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href="…"&gt;My Blog&lt;/a&gt;&lt;/li&gt;…":
/// community platforms (Ning, and the blog modules built like it) style their tab row with the byline's class. Each item
/// is one link, the current tab a link without a target (or an item marked current); no item reads "By …" or "Posted by …".
/// The row names no writer, though its tab titles look like names.
/// </summary>
internal static class BylineTabRow
{
    /// <summary>Whether the element is such a tab row or sits in one.</summary>
    public static bool Holds(IElement element)
    {
        var list = element.Nearest("ul, ol");
        if (list is null)
        {
            return false;
        }

        var items = list.Children.Where(child => child.LocalName == "li").ToList();
        return items.Count >= 2 && items.All(IsSingleLink) && items.Any(IsCurrentTab)
            && !items.Any(item => BylineParser.TryRead(Whitespace.Collapse(item.TextContent)) is not null);
    }

    private static bool IsSingleLink(IElement item) =>
        item.Children is [{ LocalName: "a" } link] && Whitespace.Collapse(link.TextContent) == Whitespace.Collapse(item.TextContent);

    private static bool IsCurrentTab(IElement item) =>
        !item.Children[0].HasAttribute("href")
        || item.ClassList.Any(name => name is "current" or "active" or "selected")
        || item.Children[0].ClassList.Any(name => name is "current" or "active" or "selected");
}
