using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figcaption class="media__caption"&gt;&lt;span class="author"&gt;© Agency/Name&lt;/span&gt; &lt;span class="caption"&gt;Boats at the
/// pier.&lt;/span&gt;&lt;/figcaption&gt;": a media library's caption template names the picture's maker "author" and prints it
/// first, over the caption's words. Inside a caption box "author" names the picture's credit, as <see cref="HtmlCaptions"/>
/// already reads it after the words; opening the box, it is an entry of its own before the caption, as a credit-classed
/// line opening it is (<see cref="CreditOpeningCaptionBox"/>). The figcaption may be read through the caption-classed box
/// that holds nothing but its figure ("&lt;div class="story-caption"&gt;&lt;figure&gt;…&lt;figcaption&gt;"). A quotation's figure
/// ("&lt;figure&gt;&lt;blockquote&gt;…&lt;/blockquote&gt;&lt;figcaption&gt;&lt;span class="author"&gt;Name&lt;/span&gt;, …") names its speaker
/// there: no credit.
/// </summary>
internal static class AuthorClassedCaptionCredit
{
    /// <summary>The longest credit read so; a longer line is the caption's own words.</summary>
    private const int MaxCreditLength = 120;

    private static readonly WordSet AuthorClass = new("author");

    /// <summary>The author-classed element opening the caption box, followed by the caption's own words; else null.</summary>
    public static IElement? Credit(IElement caption)
    {
        var box = caption.LocalName == "figcaption" ? caption : LoneFigureCaption(caption);
        if (box?.FirstElementChild is not { } first || !AuthorClass.ContainsNamePart(first.ClassName)
            || first.ClassName!.Contains("caption", StringComparison.OrdinalIgnoreCase)
            || first.TextContent.AsSpan().Trim() is not { Length: > 0 and <= MaxCreditLength }
            || QuotationFigure(box))
        {
            return null;
        }

        return CreditOpeningCaptionBox.OpensBeforeWords(box, first) ? first : null;
    }

    /// <summary>The figcaption of the one figure <paramref name="caption"/> holds and nothing else; else null.</summary>
    private static IElement? LoneFigureCaption(IElement caption)
    {
        if (caption.FirstElementChild is not { LocalName: "figure" } figure || figure.NextElementSibling is not null)
        {
            return null;
        }

        for (var child = figure.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == "figcaption")
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>Whether the caption's box holds a quotation beside it.</summary>
    private static bool QuotationFigure(IElement box)
    {
        for (var sibling = box.ParentElement?.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling.LocalName == "blockquote")
            {
                return true;
            }
        }

        return false;
    }
}
