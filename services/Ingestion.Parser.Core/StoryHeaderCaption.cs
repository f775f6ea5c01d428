using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;&lt;header&gt;&lt;div class="field-article-image"&gt;&lt;span data-picture&gt;…&lt;/span&gt;&lt;/div&gt;&lt;div class="media-meta"&gt;
/// &lt;div class="media-meta__caption"&gt;…&lt;/div&gt;&lt;div class="media-meta__credit"&gt;Photo by …&lt;/div&gt;&lt;/div&gt;&lt;h1&gt;…": a
/// template that sets the lead picture over the headline puts it, its caption and its credit in the story's own header,
/// inside the article. The page's header holds no picture's caption (a class of that name there is a type style for a
/// byline's small print), but the article's header does, when it holds the picture too.
/// Cost: asked only of caption-classed elements inside a header: one walk up to an article and one query of the header
/// for a picture.
/// </summary>
internal static class StoryHeaderCaption
{
    /// <summary>Whether <paramref name="header"/>, the header a caption sits in, is a story's own header that holds its picture.</summary>
    public static bool Holds(IElement header) =>
        header.LocalName == "header" && header.ParentElement?.Nearest("article") is not null
        && header.QuerySelector("img, picture, noscript, [data-picture]") is not null;
}
