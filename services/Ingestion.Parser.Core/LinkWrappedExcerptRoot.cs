using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="entry-content"&gt;&lt;a href="/other-story?message=7#comment7"&gt;The first lines of a reader's
/// message …(…) &lt;p&gt;— 22 September, by Name.&lt;/p&gt;&lt;/a&gt;&lt;/div&gt;": a rail card for another page whose
/// excerpt box carries a content-root class, its whole text one link to that page. A story's text is never one link; the
/// candidate is no content root, and the root is looked for as if it did not match.
/// </summary>
internal static class LinkWrappedExcerptRoot
{
    public static bool Is(IElement candidate)
    {
        if (candidate.Children.Length != 1 || candidate.Children[0] is not { LocalName: "a" } link || !link.HasAttribute("href"))
        {
            return false;
        }

        // Text beside the link ("Read the rest: <a>…</a>") is the box's own: then it is no mere wrapper.
        foreach (var node in candidate.ChildNodes)
        {
            if (node.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return false;
            }
        }

        return true;
    }
}
