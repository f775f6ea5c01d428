using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;img alt="Ferry passengers wait on the quay, March 3, 2023."&gt;&lt;figcaption aria-hidden="true"&gt;Ferry passengers wait
/// on the quay, March 3, 2023. &lt;span class="credit" aria-hidden="true"&gt;NAME / AGENCY&lt;/span&gt;&lt;/figcaption&gt;&lt;/figure&gt;": a
/// figure whose picture's alt text already says the caption hides the caption from screen readers only, so that they do
/// not read it twice; on screen it is the picture's caption, its credit with it. aria-hidden hides nothing from the eye.
/// </summary>
internal static class AriaHiddenAltCaption
{
    /// <summary>The least of the alt text that must open the caption: a sentence's worth, no one-word label.</summary>
    private const int MinimumAltLength = 20;

    /// <summary>The caption's shown words, credit included, when it is such a caption; otherwise null.</summary>
    public static string? Text(IElement caption)
    {
        if (caption is not { LocalName: "figcaption", ParentElement: { LocalName: "figure" } figure }
            || !string.Equals(caption.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            // Hidden by other means too, it is hidden from the eye as well.
            || caption.HasAttribute("hidden")
            || caption.GetAttribute("style") is { } style && InlineStyle.HidesDisplay(style))
        {
            return null;
        }

        var text = Whitespace.Collapse(caption.TextContent);
        foreach (var image in figure.GetElementsByTagName("img"))
        {
            if (image.GetAttribute("alt") is { } alt && Whitespace.Collapse(alt) is { Length: >= MinimumAltLength } said
                && text.StartsWith(said, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }
}
