using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="caption-toggle"&gt;&lt;div class="toggle-show"&gt;SHOW CAPTION +&lt;/div&gt;&lt;div class="toggle-hide"&gt;HIDE
/// CAPTION –&lt;/div&gt;&lt;/div&gt;": a slideshow's buttons that open and close a slide's caption name the caption in their
/// class, but they are controls: no caption entry, and no text. A box whose words are only "show", "hide", "caption" and
/// "toggle" (and the signs beside them) is one. Cost: asked only of elements already taken for captions; a length check,
/// then a word scan of at most 48 characters with no allocation but the collapsed text.
/// </summary>
internal static class CaptionToggleButtons
{
    private const int MaxLength = 48;

    private static readonly WordSet ButtonWords = new(["show", "hide", "caption", "captions", "toggle", "+", "-", "–", "−", "×"]);

    public static bool Is(IElement caption)
    {
        if (NodeText.IsLongerThan(caption, MaxLength * 4) || caption.SelectFirst("img, picture") is not null)
        {
            return false;
        }

        var text = Whitespace.Collapse(caption.TextContent);
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        var sawCaption = false;
        var sawVerb = false;
        var span = text.AsSpan();
        foreach (var range in span.Split(' '))
        {
            var word = span[range];
            if (!ButtonWords.Contains(word))
            {
                return false;
            }

            sawCaption |= word.StartsWith("caption", StringComparison.OrdinalIgnoreCase);
            sawVerb |= word.Equals("show", StringComparison.OrdinalIgnoreCase) || word.Equals("hide", StringComparison.OrdinalIgnoreCase);
        }

        return sawCaption && sawVerb;
    }
}
