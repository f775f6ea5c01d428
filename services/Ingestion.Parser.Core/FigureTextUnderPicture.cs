using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;img&gt;&lt;footer&gt;The new pier at dawn. (© Name)&lt;/footer&gt;&lt;/figure&gt;",
/// "&lt;figure&gt;&lt;div class="image-wrapper"&gt;&lt;picture&gt;…&lt;/picture&gt;&lt;/div&gt;&lt;div class="image-metadata"&gt;&lt;span
/// class="copyright"&gt;© Agency/Name&lt;/span&gt; The new pier at dawn.&lt;/div&gt;&lt;/figure&gt;": a figure without a figcaption
/// whose words sit in one plain element closing it, right under its picture. That element is the caption a figcaption
/// would hold: the figure holds nothing else to read, and the reader sees the words under the picture. A teaser's figure
/// (its headline a link or a heading) or one holding more than a caption's length is none.
/// </summary>
internal static class FigureTextUnderPicture
{
    private const int LongestCaption = 400;

    /// <summary>Whether <paramref name="element"/> is the one element of words closing a figcaption-less figure under its picture.</summary>
    public static bool Is(IElement element)
    {
        if (element.LocalName is not ("footer" or "div" or "p" or "span") || element.ParentElement is not { LocalName: "figure" } figure
            || element.NextElementSibling is not null || element.PreviousElementSibling is not { } picture || !IsPicture(picture))
        {
            return false;
        }

        // The figure holds the picture and these words only: no figcaption, no second picture box or text beside them.
        if (figure.ChildElementCount != 2)
        {
            return false;
        }

        var length = element.TextContent.AsSpan().Trim().Length;
        return length is > 0 and <= LongestCaption && element.SelectFirst("a, h1, h2, h3, h4, h5, h6, img, picture, figcaption, blockquote, time") is null;
    }

    /// <summary>The picture itself, or a box holding it and no words.</summary>
    private static bool IsPicture(IElement element) =>
        element.LocalName is "img" or "picture"
        || (element.SelectFirst("img, picture") is not null && element.TextContent.AsSpan().Trim().IsEmpty);
}
