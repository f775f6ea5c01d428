using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;img src="p.gif" data-original="/uploads/alternates.jpg"&gt;&lt;noscript&gt;&lt;img src="/uploads/alternates.jpg"&gt;&lt;/noscript&gt;&lt;/p&gt;&lt;p
/// class="caption"&gt;IMAGE COURTESY OF ACME&lt;/p&gt;": a WordPress text sets each picture in a paragraph of its own and its
/// caption in the paragraph after, all in one box with the text's other pictures. The picture of such a caption is the
/// one in the paragraph right over it that holds a picture and no words; a lazy loader's placeholder (the same
/// "p.gif" for every picture) names no file, the address it will load (<c>data-original</c>, <c>data-src</c>,
/// <c>data-lazy-src</c>) does. Asked only of a caption whose box holds other than one picture.
/// </summary>
internal static class PictureParagraphOverCaption
{
    private static readonly string[] LazySources = ["data-original", "data-src", "data-lazy-src"];

    public static string? Source(IElement caption)
    {
        if (caption.PreviousElementSibling is not { LocalName: "p" or "div" } over || over.SelectFirst("img") is not { } image
            || Whitespace.Collapse(over.TextContent).Length > 0)
        {
            return null;
        }

        foreach (var name in LazySources)
        {
            if (image.GetAttribute(name) is { Length: > 0 } lazy)
            {
                return lazy;
            }
        }

        return image.GetAttribute("src");
    }
}
