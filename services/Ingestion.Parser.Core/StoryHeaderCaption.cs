using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;&lt;header&gt;&lt;div class="field-article-image"&gt;&lt;span data-picture&gt;…&lt;/span&gt;&lt;/div&gt;&lt;div class="media-meta"&gt;
/// &lt;div class="media-meta__caption"&gt;…&lt;/div&gt;&lt;div class="media-meta__credit"&gt;Photo by …&lt;/div&gt;&lt;/div&gt;&lt;h1&gt;…": a
/// template that sets the lead picture over the headline puts it, its caption and its credit in the story's own header,
/// inside the article. The page's header holds no picture's caption (a class of that name there is a type style for a
/// byline's small print), but the article's header does, when it holds the picture too.
/// A writer's avatar in the header is no such picture. Cost: asked only of caption-classed elements inside a header: one
/// walk up to an article and one query of the header for its pictures.
/// </summary>
internal static class StoryHeaderCaption
{
    /// <summary>Whether <paramref name="header"/>, the header a caption sits in, is a story's own header that holds its picture.</summary>
    public static bool Holds(IElement header)
    {
        if (header.LocalName != "header" || header.ParentElement?.Nearest("article") is null)
        {
            return false;
        }

        // The writer's avatar beside a byline is no picture to caption: a blog platform's header sets the writer's
        // one-line bio under it in a "ui-caption" type style.
        foreach (var picture in header.SelectAll("img, picture, noscript, [data-picture]"))
        {
            if (!IsAvatar(picture) && (picture.ParentElement is not { } box || !IsAvatar(box)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAvatar(IElement element) =>
        element.GetAttribute("class") is { } names && names.Contains("avatar", StringComparison.OrdinalIgnoreCase);
}
