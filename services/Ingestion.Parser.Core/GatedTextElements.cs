using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// <c>"hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"}</c> over
/// "&lt;p class="body-paragraph"&gt;…&lt;/p&gt;&lt;p class="body-paragraph paywall"&gt;…&lt;/p&gt;&lt;p class="body-paragraph paywall"&gt;…":
/// the selector search engines ask a paywalled site for names the gated text, and a template that marks each gated
/// paragraph (Arc XP's) matches it once a paragraph, not once a box. Every element it names is article text, whatever
/// furniture word its class holds; the first alone would leave the story its lede and one paragraph.
/// </summary>
internal static class GatedTextElements
{
    public static IEnumerable<IElement> In(IDocument document, List<string> selectors)
    {
        foreach (var selector in selectors)
        {
            IHtmlCollection<IElement> gated;
            try
            {
                // The page's own selector, read once a page: no compiled one can stand for it.
                gated = document.QuerySelectorAll(selector);
            }
            catch (DomException)
            {
                // A selector the page's template wrote wrong names nothing.
                continue;
            }

            foreach (var element in gated)
            {
                yield return element;
            }
        }
    }
}
