using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="/travel/other-story"&gt;&lt;div class="feature"&gt;&lt;div class="title"&gt;Other Story&lt;/div&gt;
/// &lt;div class="subtitle"&gt;…&lt;/div&gt;&lt;div class="author"&gt;by Name&lt;/div&gt;…&lt;/div&gt;&lt;/a&gt;": a related-stories row
/// whose every card is one link around the other story's title, deck and byline, with no heading element for
/// <see cref="OtherStoryCard"/> to see. A byline inside a link that also holds a title-classed element or a heading beside
/// it signs that other story, not this one; a writer's own link inside a byline ("by &lt;a rel="author"&gt;Name&lt;/a&gt;"), or
/// a byline element inside its writer's link, holds no title, and a link around the page's own headline is passed over.
/// Cost: one walk up from each byline candidate to its nearest link, and a selector query only when one is found.
/// </summary>
internal static class LinkedCardByline
{
    public static bool Is(IElement byline)
    {
        if (byline.Nearest("a[href]") is not { } link || link.LocalName is "body" or "html")
        {
            return false;
        }

        if (link.SelectFirst("h1") is not null)
        {
            return false;
        }

        var title = link.SelectFirst("[class~='title'], [class*='headline'], h2, h3, h4");
        return title is not null && !title.Contains(byline) && !byline.Contains(title);
    }
}
