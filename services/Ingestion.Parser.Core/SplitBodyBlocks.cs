using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="articleBody"&gt;…four paragraphs…&lt;/div&gt;&lt;div class="articleInline"&gt;map, follow box&lt;/div&gt;&lt;div
/// class="articleBody"&gt;…the rest…&lt;/div&gt;": a broadsheet's template of 2012–2014 closes the body's block around an inline
/// module and opens another of the same class after it. The story is all of them; the later blocks' paragraphs join the
/// first, the module between them stays out.
/// </summary>
internal static class SplitBodyBlocks
{
    public static IElement Joined(IElement root)
    {
        if (root.LocalName is not ("div" or "section") || root.ParentElement is not { } parent || string.IsNullOrWhiteSpace(root.ClassName))
        {
            return root;
        }

        var after = false;
        var joined = 0;
        foreach (var sibling in parent.Children.ToList())
        {
            if (sibling == root)
            {
                after = true;
            }
            else if (after && sibling.LocalName == root.LocalName && sibling.ClassName == root.ClassName && sibling.SelectFirst("p") is not null)
            {
                while (sibling.FirstChild is { } child)
                {
                    root.AppendChild(child);
                }

                sibling.Remove();
                joined++;
            }
        }

        // RepeatedWrapperBlocks: a wrapper of per-paragraph blocks closed around the pictures and opened again after them.
        return WithWrappedBlocks(joined > 0 ? RepeatedWrapperBlocks.Joined(root) : root);
    }

    /// <summary>
    /// "&lt;article&gt;&lt;div class="layout-block"&gt;&lt;div class="grid"&gt;&lt;div class="story-text"&gt;…&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;&lt;div
    /// class="layout-block"&gt;&lt;figure&gt;…&lt;/figure&gt;&lt;/div&gt;&lt;div class="layout-block"&gt;…&lt;div class="story-text
    /// extra"&gt;…": a review site's template sets each run of the text between its full-width pictures and galleries in a
    /// layout block of its own, the text's class (with at times one more) repeated in each. Within the root's
    /// <c>article</c>, the later blocks holding every class of the root are the rest of the text; a picture, gallery or
    /// score box between them stays out.
    /// </summary>
    private static IElement WithWrappedBlocks(IElement root)
    {
        if (root.Nearest("article") is not { } article || root.ParentElement == article)
        {
            return root;
        }

        var classes = root.ClassList.ToArray();
        var after = false;
        var blocks = new List<IElement>();
        foreach (var element in DocumentOrder.Elements(article))
        {
            if (element == root)
            {
                after = true;
            }
            else if (after && !root.Contains(element) && element.LocalName == root.LocalName && !blocks.Any(block => block.Contains(element))
                && classes.All(element.ClassList.Contains) && element.SelectFirst("p") is not null)
            {
                blocks.Add(element);
            }
        }

        foreach (var block in blocks)
        {
            // CrossheadBeforeWrappedBlock: the section's heading over its block comes along, in place.
            if (CrossheadBeforeWrappedBlock.Of(block) is { } crosshead)
            {
                root.AppendChild(crosshead);
            }

            while (block.FirstChild is { } child)
            {
                root.AppendChild(child);
            }

            block.Remove();
        }

        return root;
    }
}
