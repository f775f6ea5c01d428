using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="jump-links"&gt;&lt;a href="#pack"&gt;What goes in a day pack&lt;/a&gt; &lt;a href="#shoes"&gt;Boots or
/// trail shoes&lt;/a&gt;&lt;/div&gt;": a post's table of contents set as a row of bare links in one box, each jumping to one of the
/// post's own crossheads. Kept, it was a paragraph of the crossheads run together, and the crossheads themselves went
/// as repeats of it. Every link must jump to an element of the page whose heading reads as the link does, so a tab row
/// ("#reviews") or a comment's "#respond" and permalink stay as they were. Only links side by side in a box are read
/// here; contents set as a list (ul, ol) are left to the list rules.
/// </summary>
internal static class JumpLinkRow
{
    private const int LeastLinks = 2;

    public static void Remove(IDocument document)
    {
        List<IElement>? boxes = null;
        var seen = new HashSet<IElement>();
        foreach (var link in document.SelectAll("a[href^='#']"))
        {
            if (link.ParentElement is not { } box)
            {
                continue;
            }

            if (seen.Add(box) && box.LocalName is not ("p" or "li" or "body" or "main" or "article") && box.GetElementsByTagName("a").Length >= LeastLinks)
            {
                (boxes ??= []).Add(box);
            }
        }

        foreach (var box in boxes?.Where(Is).ToList() ?? [])
        {
            box.Remove();
        }
    }

    /// <summary>Whether every link of <paramref name="box"/> jumps to a heading of the page that it names, and the box holds no other words.</summary>
    public static bool Is(IElement box)
    {
        var links = box.GetElementsByTagName("a");
        var linkLetters = 0;
        foreach (var link in links)
        {
            var text = Whitespace.Collapse(link.TextContent);
            // The page's first element of the id, as a browser jumps to it; asked only of the few boxes of jump links.
            if (link.GetAttribute("href") is not ['#', _, ..] href || box.Owner?.GetElementById(Uri.UnescapeDataString(href[1..])) is not { } target
                || text.Length == 0 || !NamesHeading(target, text))
            {
                return false;
            }

            linkLetters += text.Count(char.IsLetterOrDigit);
        }

        // Only separators between the links: a sentence with two footnote marks in it is text.
        return links.Length >= LeastLinks && box.TextContent.Count(char.IsLetterOrDigit) <= linkLetters;
    }

    /// <summary>The target is a heading, or holds one, that opens with the link's words.</summary>
    private static bool NamesHeading(IElement target, string text)
    {
        var heading = target.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? target : target.SelectFirst("h1, h2, h3, h4, h5, h6");
        return heading is not null && Whitespace.Collapse(heading.TextContent).StartsWith(text, StringComparison.OrdinalIgnoreCase);
    }
}
