using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="article-cover"&gt;&lt;span class="img-credit"&gt;Three boats at the pier. Image: Name&lt;/span&gt;&lt;img
/// class="cover-image"&gt;&lt;/div&gt;": a cover picture's caption set in the markup before the picture and laid over it
/// by the stylesheet. A credit-classed element of plain text right before a picture that closes its box is that
/// picture's caption, as the line under a picture is; it is kept as shown, label included. A credit under the picture,
/// or a box holding more than the two, is read as before.
/// </summary>
internal static class CreditOverPicture
{
    /// <summary>The caption over the picture, taken out of the page; null when the picture has none.</summary>
    public static string? Take(IElement picture, Func<string?, bool> isCreditClass)
    {
        if (picture.NextElementSibling is not null || picture.PreviousElementSibling is not { ChildElementCount: 0 } credit
            || credit.LocalName is not ("span" or "div" or "p" or "small") || !isCreditClass(credit.ClassName))
        {
            return null;
        }

        var text = Whitespace.Collapse(credit.TextContent);
        if (text.Length is 0 or > 300)
        {
            return null;
        }

        credit.Remove();
        return text;
    }
}
