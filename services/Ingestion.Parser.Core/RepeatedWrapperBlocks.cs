using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="floats"&gt;&lt;div class="article-body x"&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;&lt;div class="article-body x"&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;&lt;/div&gt;
/// &lt;figure&gt;…&lt;/figure&gt;&lt;div class="article-body"&gt;&lt;h2&gt;Crosshead&lt;/h2&gt;&lt;/div&gt;&lt;div class="floats"&gt;&lt;div class="article-body x"&gt;…":
/// a headless front end (a WordPress block per paragraph, rendered by a Next.js template) sets every paragraph in a
/// block of its own and runs of those blocks in a wrapper, which it closes around each picture and crosshead and opens
/// again after it. <see cref="SplitBodyBlocks"/> joins the blocks of the root's own wrapper; the later wrappers of the
/// same class beside it hold the rest of the text, their blocks of the root's class joining it in order. The crosshead
/// standing right before a later wrapper, bare or alone in a block of its own, goes along in place (a body paragraph,
/// as crossheads are); the pictures between stay out.
/// Only a root whose own wrapper held more than one such block is asked: a teaser card's one text block in its card
/// beside other cards is no paragraph of a split text.
/// Cost: once per page, one pass over the wrappers beside the root's.
/// </summary>
internal static class RepeatedWrapperBlocks
{
    /// <summary>Joins to <paramref name="root"/> the blocks of its class in the later wrappers of its wrapper's class.</summary>
    public static IElement Joined(IElement root)
    {
        if (root.ParentElement is not { LocalName: "div" or "section" } wrapper || string.IsNullOrWhiteSpace(wrapper.ClassName)
            || wrapper.ParentElement is not { } container)
        {
            return root;
        }

        var later = new List<IElement>();
        for (var sibling = wrapper.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling.LocalName == wrapper.LocalName && sibling.ClassName == wrapper.ClassName)
            {
                later.Add(sibling);
            }
        }

        foreach (var next in later)
        {
            var blocks = new List<IElement>();
            foreach (var child in next.Children)
            {
                if (child.LocalName == root.LocalName && child.ClassName == root.ClassName && child.SelectFirst("p") is not null)
                {
                    blocks.Add(child);
                }
            }

            if (blocks.Count == 0)
            {
                continue;
            }

            if (CrossheadBefore(next) is { } crosshead)
            {
                root.AppendChild(crosshead);
            }

            foreach (var block in blocks)
            {
                while (block.FirstChild is { } child)
                {
                    root.AppendChild(child);
                }

                block.Remove();
            }
        }

        return root;
    }

    /// <summary>The crosshead right before <paramref name="wrapper"/>: a heading, bare or the only element of its block.</summary>
    private static IElement? CrossheadBefore(IElement wrapper)
    {
        if (CrossheadBeforeWrappedBlock.Of(wrapper) is { } bare)
        {
            return bare;
        }

        return wrapper.PreviousElementSibling is { Children.Length: 1 } block && block.FirstElementChild is { } heading
            && Whitespace.Collapse(block.TextContent) == Whitespace.Collapse(heading.TextContent)
            && CrossheadBeforeWrappedBlock.Heading(heading) is { } wrapped
                ? wrapped
                : null;
    }
}
