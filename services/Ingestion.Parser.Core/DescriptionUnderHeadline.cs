using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A video page whose only text is the clip's description, one short paragraph under the headline: nothing on the page
/// reads as a block of prose, so the densest-block search finds none and the page was read whole, its teaser cards' blurbs
/// and the footer's notices with it. The paragraph that a description meta repeats whole, the first under the page's one
/// h1 in the headline's box, is the story's text, and its own box the root.
/// </summary>
/// <remarks>
/// Asked only where no markup names a content root, and taken as the root last, when no block of prose was found: where
/// one exists, a description printed whole under the headline is a standfirst over it (<see cref="ExcerptOpensBlock"/>).
/// </remarks>
internal static class DescriptionUnderHeadline
{
    /// <summary>How far up from the headline the box holding it and the description may be: a column, a row, a section.</summary>
    private const int MaxLevels = 3;

    /// <summary>
    /// The description's paragraph, kept from the furniture: a template may set it in a box named after the share buttons
    /// over it ("&lt;div class="video-social-clear"&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;", the float-clearing box under them).
    /// </summary>
    public static IElement? Paragraph(IDocument document, IReadOnlyList<string>? descriptions) => Find(document, descriptions).Paragraph;

    /// <summary>
    /// The box of the description's paragraph, or null. The headline stays out of it: read under the headline, the one
    /// paragraph would be the deck under it (a standfirst) and the text left empty.
    /// </summary>
    public static IElement? Block(IDocument document, IReadOnlyList<string>? descriptions) =>
        Find(document, descriptions) is ({ } box, { } paragraph) ? paragraph.ParentElement is { } own && own != box && box.Contains(own) ? own : paragraph : null;

    /// <summary>
    /// The text of a root that holds nothing but a description, when the text's reading kept none of it: a one-line
    /// description without a full stop ("… back into the stumps") is no prose to a reading that looks for the text's first
    /// sentence, but it is the whole text the page has.
    /// </summary>
    public static string? TextOf(IElement? root, IReadOnlyList<string> descriptions) =>
        root is not null && Whitespace.Collapse(root.TextContent) is { Length: > 0 } text && descriptions.Contains(text) ? text : null;

    private static (IElement? Box, IElement? Paragraph) Find(IDocument document, IReadOnlyList<string>? descriptions)
    {
        if (descriptions is not { Count: > 0 } || document.Body?.SelectAll("h1") is not [var headline])
        {
            return (null, null);
        }

        var box = headline.ParentElement;
        for (var level = 0; box is not null && box.LocalName is not ("body" or "html") && level < MaxLevels; level++, box = box.ParentElement)
        {
            if (FirstParagraphAfter(box, headline) is { } paragraph)
            {
                return descriptions.Contains(Whitespace.Collapse(paragraph.TextContent)) ? (box, paragraph) : (null, null);
            }
        }

        return (null, null);
    }

    private static IElement? FirstParagraphAfter(IElement box, IElement headline)
    {
        foreach (var paragraph in box.SelectAll("p"))
        {
            if ((headline.CompareDocumentPosition(paragraph) & DocumentPositions.Following) != 0)
            {
                return paragraph;
            }
        }

        return null;
    }
}
