using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div itemprop="articleBody"&gt;…&lt;p&gt;Last paragraph.&lt;/p&gt;&lt;div class="authors-container"&gt;&lt;span itemprop="author"&gt;AFP&lt;/span&gt;&lt;/div&gt;":
/// a paper repeats the byline in a box of its own at the end of the text, marked as the article's author. The box is the
/// byline, read from the markup, no line of the text; left in, its short name reads as the credit of the paragraph above
/// it, which then passes for a caption.
/// </summary>
internal static class AuthorBoxInText
{
    /// <summary>The longest box: a name or two, or an agency.</summary>
    private const int LongestBox = 80;

    /// <summary>Removes the blocks inside the content root that hold nothing but an author property.</summary>
    public static void Remove(IElement root)
    {
        foreach (var author in root.SelectAll("[itemprop~='author']").ToList())
        {
            var text = Whitespace.Collapse(author.TextContent);
            if (text.Length is 0 or > LongestBox || author.Nearest("figure, figcaption") is not null)
            {
                continue;
            }

            // The box is the widest element around the property that shows nothing else.
            var box = author;
            while (box.ParentElement is { } parent && parent != root && Whitespace.Collapse(parent.TextContent) == text)
            {
                box = parent;
            }

            // "Par <span itemprop="author">Name</span> (Lyon)" inside a paragraph is a line of its own kind, read as a
            // byline by the text; only a block that holds the name alone is taken out here.
            if (box.LocalName is "div" or "p" or "li" or "address" or "footer" or "section")
            {
                box.Remove();
            }
        }
    }
}
