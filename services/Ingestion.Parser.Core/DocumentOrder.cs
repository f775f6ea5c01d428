using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>An element and its descendants in document order, found by child index: AngleSharp's NextElementSibling scans the parent's children.</summary>
internal static class DocumentOrder
{
    public static IEnumerable<IElement> Elements(IElement? root)
    {
        if (root is null)
        {
            yield break;
        }

        yield return root;
        var open = new Stack<(INodeList Children, int Next)>();
        open.Push((root.ChildNodes, 0));
        while (open.TryPop(out var level))
        {
            var (children, next) = level;
            while (next < children.Length && children[next] is not IElement)
            {
                next++;
            }

            if (next == children.Length)
            {
                continue;
            }

            var element = (IElement)children[next];
            open.Push((children, next + 1));
            yield return element;
            open.Push((element.ChildNodes, 0));
        }
    }
}
