using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="attachment_48266" class="inline-width alignnone"&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;div class="sts meta"&gt;(File/Agency)
/// Caption words.&lt;/div&gt;&lt;/div&gt;": WordPress's caption shortcode writes its box with the id "attachment_" and the
/// picture's number; a theme may rename the box's and the text's classes ("wp-caption", "wp-caption-text"), not the id.
/// The text block right after the picture, last in that box, is the picture's caption.
/// </summary>
internal static class AttachmentBoxCaption
{
    private const string AttachmentIdPrefix = "attachment_";

    /// <summary>The longest caption read so; a longer block is no caption.</summary>
    private const int MaxLength = 600;

    public static bool Is(IElement element) =>
        element.ParentElement is { LocalName: "div", Id: { Length: > 11 } id } box
        && id.StartsWith(AttachmentIdPrefix, StringComparison.Ordinal) && char.IsAsciiDigit(id[AttachmentIdPrefix.Length])
        && element.NextElementSibling is null && element.LocalName is "div" or "p" or "span"
        && element.PreviousElementSibling is { } picture && IsPicture(picture)
        && box.FirstElementChild == picture
        && element.SelectFirst("img, picture, a, iframe") is null
        && element.TextContent.AsSpan().Trim() is { Length: > 0 and <= MaxLength };

    private static bool IsPicture(IElement element) =>
        element.LocalName is "img" or "picture"
        || (element.LocalName == "a" && element.Children is [{ LocalName: "img" or "picture" }]);
}
