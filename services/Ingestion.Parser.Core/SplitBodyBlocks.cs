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
        foreach (var sibling in parent.Children.ToList())
        {
            if (sibling == root)
            {
                after = true;
            }
            else if (after && sibling.LocalName == root.LocalName && sibling.ClassName == root.ClassName && sibling.QuerySelector("p") is not null)
            {
                while (sibling.FirstChild is { } child)
                {
                    root.AppendChild(child);
                }

                sibling.Remove();
            }
        }

        return root;
    }
}
