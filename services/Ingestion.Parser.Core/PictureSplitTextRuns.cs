using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="content-block"&gt;…&lt;div class="story__section"&gt;&lt;div class="story__text"&gt;&lt;p&gt;…&lt;/div&gt;&lt;/div&gt;…&lt;/div&gt;
/// &lt;figure&gt;…&lt;/figure&gt;&lt;div class="content-block"&gt;…&lt;div class="story__text"&gt;&lt;p&gt;…": a magazine's template
/// cuts the story's text into runs between its full-width pictures, each run in a block of the same class under a
/// parent of the same class, at different depths. The densest block is only the longest run; the story is all of them
/// in page order. Runs belong together when nothing but the pictures (already read as captions) and furniture (already
/// gone) stood between them: a box of the same class with text between them is another part of the page. A how-to
/// site's steps are cut the same way, a list of what is needed among them, and so is the text after the paragraph a
/// page's excerpt opens.
/// </summary>
internal static class PictureSplitTextRuns
{
    /// <summary>Text between two runs of one story: a stray label or a share button's word at most.</summary>
    private const int MaxGapText = 150;

    public static IElement Joined(IElement root)
    {
        if (root.LocalName is not ("div" or "section") || string.IsNullOrWhiteSpace(root.ClassName)
            || root.ParentElement is not { } parent || string.IsNullOrWhiteSpace(parent.ClassName) || root.Owner?.Body is not { } body)
        {
            return root;
        }

        var blocks = body.QuerySelectorAll(root.LocalName)
            .Where(element => SameKind(element, root) && element.ParentElement is { } holder
                && holder.LocalName == parent.LocalName && SameKind(holder, parent) && element.SelectFirst("p, ul, ol") is not null)
            .ToHashSet();
        if (blocks.Count < 2)
        {
            return root;
        }

        var run = RunAround(body, blocks, root);
        if (run.Count < 2)
        {
            return root;
        }

        var first = run[0];
        foreach (var later in run.Skip(1))
        {
            while (later.FirstChild is { } child)
            {
                first.AppendChild(child);
            }

            later.Remove();
        }

        return first;
    }

    /// <summary>
    /// "&lt;div class="step-box first"&gt;&lt;div class="text lead"&gt;…&lt;/div&gt;&lt;/div&gt;&lt;div class="step-box"&gt;&lt;div
    /// class="text"&gt;…": a how-to site's steps are blocks of one class, the first marked as the lead by a class more; a
    /// block and its modified form are of one kind when every class of the one is a class of the other.
    /// </summary>
    private static bool SameKind(IElement element, IElement other)
    {
        if (element.ClassName == other.ClassName)
        {
            return true;
        }

        var (fewer, more) = element.ClassList.Length <= other.ClassList.Length ? (element, other) : (other, element);
        return fewer.ClassList.Length > 0 && fewer.ClassList.All(more.ClassList.Contains);
    }

    /// <summary>The blocks, in page order, joined to <paramref name="root"/> by gaps holding almost no text.</summary>
    private static List<IElement> RunAround(IElement body, HashSet<IElement> blocks, IElement root)
    {
        var runs = new List<List<IElement>>();
        var gap = 0;
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.TryPop(out var node))
        {
            if (node is IElement element && blocks.Contains(element))
            {
                if (runs.Count == 0 || gap > MaxGapText)
                {
                    runs.Add([]);
                }

                runs[^1].Add(element);
                gap = 0;
                continue;
            }

            if (node is IText text)
            {
                gap += text.Data.AsSpan().Trim().Length;
                continue;
            }

            if (node is IElement { LocalName: "script" or "style" or "noscript" or "template" })
            {
                continue;
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return runs.FirstOrDefault(run => run.Contains(root)) ?? [];
    }
}
