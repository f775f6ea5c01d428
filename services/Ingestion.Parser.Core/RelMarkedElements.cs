using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Elements whose <c>rel</c> holds a token ("author", "tag"), found by a plain "[rel]" selector and a token test in place
/// of "[rel~='author']": measured on the labelled HTML pages, the <c>~=</c> selector's matching over the whole document
/// allocated several KB a page more, and the rules that ask run on most pages.
/// </summary>
internal static class RelMarkedElements
{
    /// <param name="document">The page.</param>
    /// <param name="selector">A selector that requires the attribute ("[rel]", "a[rel]", "a[rel][href]").</param>
    /// <param name="token">The rel token sought, compared as CSS's <c>~=</c> compares it.</param>
    public static IEnumerable<IElement> WithRelToken(this IDocument document, string selector, string token)
    {
        foreach (var element in document.SelectAll(selector))
        {
            if (AttributeTokens.Contains(element.GetAttribute("rel")!, token))
            {
                yield return element;
            }
        }
    }
}
