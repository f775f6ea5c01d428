using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="story-image"&gt;&lt;img&gt;&lt;span class="credit"&gt;©Name&lt;/span&gt;&lt;/span&gt;&lt;p class="caption"&gt;…&lt;/p&gt;":
/// the picture's box prints its credit on the picture, as the box's last element, and the caption follows the box. The
/// credit stands between the picture and its caption, as a credit row over a caption does (h102): an entry of its own
/// before the caption. A box whose last element is no credit, or holds more than a credit's words, gives none.
/// </summary>
internal static class CreditClosingPictureBox
{
    private const int LongestCredit = 120;

    /// <summary>The credit closing the picture box <paramref name="above"/> right over a caption; else null.</summary>
    public static IElement? Credit(IElement above, Func<string?, bool> isCreditClass)
    {
        if (above.LocalName is not ("div" or "span" or "a") || above.LastElementChild is not { } last || !isCreditClass(last.ClassName)
            || last.PreviousElementSibling is not { LocalName: "img" or "picture" or "a" } picture
            || (picture.LocalName == "a" && picture.SelectFirst("img, picture") is null))
        {
            return null;
        }

        var credit = Whitespace.Collapse(last.TextContent);
        return credit.Length is > 0 and <= LongestCredit && Whitespace.Collapse(above.TextContent).Length == credit.Length ? last : null;
    }
}
