using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="post-add-box"&gt;&lt;div class="post-add-story"&gt;&lt;h1&gt;Next story's headline&lt;/h1&gt;…By Name…&lt;p&gt;…&lt;/p&gt;&lt;a&gt;Continue
/// Reading&lt;/a&gt;&lt;/div&gt;…&lt;/div&gt;": a news theme appends the next stories, each under its own h1 and byline, inside the
/// article element the text is read from. After the text's first paragraph, the block around another story's headline
/// that leaves that paragraph out, and holds a byline, is no part of the text. A section's own h1 (an HTML5 outline)
/// carries no byline, and a block holding the text's opening is never taken.
/// </summary>
internal static class AppendedStoryBlock
{
    private const int MinOpeningLength = 80;

    public static void Remove(IElement root, string? title)
    {
        var headings = root.SelectAll("h1");
        if (headings.Length == 0)
        {
            return;
        }

        // The text's opening: the page's own headline when it is still there, else the first paragraph of prose.
        INode? opening = title is { Length: > 0 } ? headings.FirstOrDefault(heading => Whitespace.Collapse(heading.TextContent) == title) : null;
        opening ??= root.SelectAll("p").FirstOrDefault(paragraph => !NodeText.IsShorterThan(paragraph, MinOpeningLength));
        if (opening is null)
        {
            return;
        }

        foreach (var other in headings)
        {
            if (other == opening || !root.Contains(other) || !opening.CompareDocumentPosition(other).HasFlag(DocumentPositions.Following))
            {
                continue;
            }

            // The highest block around the other headline that leaves the text's opening out.
            var block = other;
            while (block.ParentElement is { } parent && parent != root && !parent.Contains(opening))
            {
                block = parent;
            }

            if (block != other && HasByline(block))
            {
                block.Remove();
            }
        }
    }

    private static bool HasByline(IElement block) =>
        block.SelectFirst("[rel='author'], [class*='author'], [class*='byline']") is not null;
}
