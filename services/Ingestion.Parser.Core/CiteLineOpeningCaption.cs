using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figcaption class="c-caption"&gt;&lt;div class="c-caption__top-line"&gt;&lt;span class="c-caption__icon"&gt;&lt;/span&gt;&lt;cite&gt;Name/Agency&lt;/cite&gt;
/// &lt;/div&gt;&lt;div class="c-caption__text"&gt;Caption words.&lt;/div&gt;&lt;/figcaption&gt;": a caption box whose first line shows nothing but
/// a <c>cite</c> opens on the picture's credit, printed over the caption's words. As with a credit-classed box opening it
/// (<see cref="CreditOpeningCaptionBox"/>), the credit is an entry of its own before the caption. The line's class may
/// carry the caption box's BEM name ("…__caption__top-line"); its only text being a <c>cite</c> says what it is. A
/// <c>cite</c> after the caption's words stays their tail, as before.
/// </summary>
internal static class CiteLineOpeningCaption
{
    /// <summary>The longest credit read so; a longer cite is a quoted work's title in the caption.</summary>
    private const int MaxCreditLength = 120;

    /// <summary>The first line of the caption box when it shows only a cite and words of the caption follow it; else null.</summary>
    public static IElement? Credit(IElement caption)
    {
        if (caption.FirstElementChild is not { } first || first.LocalName is "img" or "picture"
            || first.TextContent.AsSpan().Trim() is not { Length: > 0 and <= MaxCreditLength } shown
            || OnlyCite(first) is not { } cite || cite.TextContent.AsSpan().Trim().Length != shown.Length)
        {
            return null;
        }

        return CreditOpeningCaptionBox.OpensBeforeWords(caption, first) ? first : null;
    }

    /// <summary>The line itself when it is a cite, else the first cite inside it.</summary>
    private static IElement? OnlyCite(IElement line)
    {
        if (line.LocalName == "cite")
        {
            return line;
        }

        for (var child = line.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == "cite")
            {
                return child;
            }
        }

        return null;
    }
}
