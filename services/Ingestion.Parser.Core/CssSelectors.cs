using System.Collections.Concurrent;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Ingestion.Parser.Core;

/// <summary>
/// Queries by CSS selector, each selector parsed once per process: AngleSharp's string overloads parse the selector on
/// every call, which cost as much as the matching itself for the dozens of lookups a page takes. A query for something
/// the page has none of (no element of a named tag, class or attribute: <see cref="SelectorNeeds"/>) finds nothing
/// without walking the page; most of a page's queries are such, and the walks were a quarter of an HTML page's time.
/// </summary>
internal static class CssSelectors
{
    private static readonly ConcurrentDictionary<string, (ISelector Selector, SelectorNeeds Needs)> Parsed = new(StringComparer.Ordinal);

    private static readonly IHtmlCollection<IElement> NoElements = new HtmlParser().ParseDocument(string.Empty).QuerySelectorAll("nothing");

    /// <summary>Set by a test: a query answered without a walk walks as well, and throws if the walk finds something.</summary>
    internal static bool WalkAnsweredQueries { get; set; }

    public static IHtmlCollection<IElement> SelectAll(this IParentNode scope, string selector)
    {
        var (parsed, needs) = Parse(selector);
        if (!MayMatch(scope, needs))
        {
            if (WalkAnsweredQueries && ((INode)scope).ChildNodes.QuerySelectorAll(parsed).Length > 0)
            {
                throw new InvalidOperationException($"'{selector}' was answered as finding nothing, but it finds elements.");
            }

            return NoElements;
        }

        return ((INode)scope).ChildNodes.QuerySelectorAll(parsed);
    }

    public static IElement? SelectFirst(this IParentNode scope, string selector)
    {
        var (parsed, needs) = Parse(selector);
        if (!MayMatch(scope, needs))
        {
            if (WalkAnsweredQueries && ((INode)scope).ChildNodes.QuerySelector(parsed) is not null)
            {
                throw new InvalidOperationException($"'{selector}' was answered as finding nothing, but it finds an element.");
            }

            return null;
        }

        return ((INode)scope).ChildNodes.QuerySelector(parsed);
    }

    /// <summary>The matches in document order, found one at a time: for a search that stops at the first useful one.</summary>
    public static IEnumerable<IElement> Matching(this IDocument document, string selector)
    {
        var parsed = Parse(selector).Selector;
        return DocumentOrder.Elements(document.DocumentElement).Where(element => parsed.Match(element, null));
    }

    /// <summary>The element itself or its nearest ancestor that matches, as <c>Element.closest</c>.</summary>
    public static IElement? Nearest(this IElement element, string selector)
    {
        var parsed = Parse(selector).Selector;
        for (IElement? candidate = element; candidate is not null; candidate = candidate.ParentElement)
        {
            if (parsed.Match(candidate, null))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool MayMatch(IParentNode scope, SelectorNeeds needs) => PageFeatures.Of(scope) is not { } page || needs.MayMatch(page);

    private static (ISelector Selector, SelectorNeeds Needs) Parse(string selector) =>
        Parsed.GetOrAdd(selector, text => (
            new CssSelectorParser().ParseSelector(text) ?? throw new ArgumentException($"Invalid CSS selector: {text}", nameof(selector)),
            SelectorNeeds.Of(text)));
}
