using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;img alt="Walkers on the ridge path … (a long caption)" title="…the same…"&gt; &lt;span class="legend"&gt;…the
/// same…&lt;/span&gt;": a blog platform that fills a picture's alt text and title from its caption prints the same words in the
/// legend under it. <see cref="LegendUnderPicture"/> takes a legend of 300 characters at most, a longer one being a block of
/// its own; a legend that repeats its picture's alt text or title word for word is the caption whatever its length,
/// since no paragraph of the text is written into a picture's attributes. Only up to twice the usual length: the words
/// are a caption's, not an essay's. Cost: two attribute reads and one string compare, only for an over-long legend.
/// </summary>
internal static class LegendEchoingPictureText
{
    /// <summary>Twice a legend's usual length (LegendUnderPicture).</summary>
    private const int LongestCaption = 600;

    public static bool Is(string legend, IElement picture)
    {
        if (legend.Length > LongestCaption)
        {
            return false;
        }

        var image = picture.LocalName == "img" ? picture : picture.SelectFirst("img");
        var words = Whitespace.Collapse(legend);
        return image is not null
            && (Echoes(image.GetAttribute("alt"), words) || Echoes(image.GetAttribute("title"), words));
    }

    private static bool Echoes(string? attribute, string words) =>
        attribute is { Length: > 0 } && string.Equals(Whitespace.Collapse(attribute), words, StringComparison.Ordinal);
}
