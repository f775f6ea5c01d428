using System.Collections.Concurrent;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Queries by CSS selector, each selector parsed once per process: AngleSharp's string overloads parse the selector on
/// every call, which cost as much as the matching itself for the dozens of lookups a page takes.
/// </summary>
internal static class CssSelectors
{
    private static readonly ConcurrentDictionary<string, ISelector> Parsed = new(StringComparer.Ordinal);

    public static IHtmlCollection<IElement> SelectAll(this IParentNode scope, string selector) =>
        ((INode)scope).ChildNodes.QuerySelectorAll(Parse(selector));

    public static IElement? SelectFirst(this IParentNode scope, string selector) =>
        ((INode)scope).ChildNodes.QuerySelector(Parse(selector));

    /// <summary>The matches in document order, found one at a time: for a search that stops at the first useful one.</summary>
    public static IEnumerable<IElement> Matching(this IDocument document, string selector)
    {
        var parsed = Parse(selector);
        return InDocumentOrder(document.DocumentElement).Where(element => parsed.Match(element, null));
    }

    /// <summary>The element and its descendants in document order, by child index: AngleSharp's NextElementSibling scans the parent's children.</summary>
    private static IEnumerable<IElement> InDocumentOrder(IElement? root)
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

    private static ISelector Parse(string selector) =>
        Parsed.GetOrAdd(selector, text => new CssSelectorParser().ParseSelector(text) ?? throw new ArgumentException($"Invalid CSS selector: {text}", nameof(selector)));
}
