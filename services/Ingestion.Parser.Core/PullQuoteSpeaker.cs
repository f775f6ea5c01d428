using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="pullQuote"&gt;&lt;blockquote&gt;I turn it down again.&lt;/blockquote&gt;&lt;div class="pull-quote__author"&gt;&lt;span
/// class="author"&gt;Name&lt;/span&gt;&lt;/div&gt;&lt;/div&gt;": a pull quote names whom it quotes in a box its template calls the
/// author's. The speaker said the words; the writer of the story is someone else, and a page whose byline a script fills
/// in names no writer at all. An element inside a blockquote, or inside a box whose class names a quote ("pullQuote",
/// "pull-quote", "quote-box"), is no byline.
/// Cost: an ancestor walk for each element the byline selectors match, a handful a page, and only until one is taken.
/// </summary>
internal static class PullQuoteSpeaker
{
    public static bool Is(IElement element)
    {
        for (var at = element; at is not null && at.LocalName is not ("body" or "html" or "article" or "main"); at = at.ParentElement)
        {
            if (at.LocalName == "blockquote" || (at.GetAttribute("class") is { } names && names.Contains("quote", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
