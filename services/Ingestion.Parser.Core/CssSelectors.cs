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
        return DocumentOrder.Elements(document.DocumentElement).Where(element => parsed.Match(element, null));
    }

    /// <summary>The element itself or its nearest ancestor that matches, as <c>Element.closest</c>.</summary>
    public static IElement? Nearest(this IElement element, string selector)
    {
        var parsed = Parse(selector);
        for (IElement? candidate = element; candidate is not null; candidate = candidate.ParentElement)
        {
            if (parsed.Match(candidate, null))
            {
                return candidate;
            }
        }

        return null;
    }

    private static ISelector Parse(string selector) =>
        Parsed.GetOrAdd(selector, text => new CssSelectorParser().ParseSelector(text) ?? throw new ArgumentException($"Invalid CSS selector: {text}", nameof(selector)));
}
