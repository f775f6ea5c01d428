using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;img&gt;&lt;div class="field-name-field-authors"&gt;&lt;h3&gt;Photo by:&lt;/h3&gt;…Agency&lt;/div&gt;&lt;div
/// class="field-name-field-description"&gt;Workers lift the bell … (AP Photo/Name)&lt;/div&gt;": a field-rendering CMS (Drupal's
/// media fields) prints the picture's credit right under it and the caption after the credit, each in a field box whose
/// class names no caption. The credit is read as the line under the picture; the box right after it, when its own words
/// read as a caption (a credit closing them), is the picture's caption, an entry after the credit as the page shows them
/// (as <c>h102</c>'s credit over its caption). A paragraph of the text after a credit stays, its words carrying no credit.
/// </summary>
internal static class CaptionAfterPictureCredit
{
    private const int LongestCredit = 80;
    private const int LongestCaption = 500;

    /// <summary>The caption in the element right after <paramref name="credit"/>, removed from the page; else null.</summary>
    public static string? Take(IElement credit, string creditText)
    {
        if (creditText.Length > LongestCredit || credit.NextElementSibling is not { LocalName: "div" or "p" or "span" } next
            || NodeText.IsLongerThan(next, LongestCaption * 2) || next.SelectFirst("img, picture, a, h1, h2, h3, h4, h5, h6") is not null
            || Whitespace.Collapse(next.TextContent) is not { Length: > 0 and <= LongestCaption } text || CaptionDetector.TryRead(text) is null)
        {
            return null;
        }

        next.Remove();
        return text;
    }
}
