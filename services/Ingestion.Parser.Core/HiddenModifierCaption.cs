using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;figcaption class="figcaption--hidden"&gt;&lt;p class="image-credit"&gt;© Name / Agency&lt;/p&gt;&lt;/figcaption&gt;&lt;/figure&gt;":
/// a BEM template names a hidden state by the modifier "--hidden" on the block's own class, and its stylesheet hides it;
/// teaser cards carry their pictures' credits so, for the site's picture index, never shown under the card. No reader
/// sees such a caption, so it is no caption entry (and no text).
/// </summary>
internal static class HiddenModifierCaption
{
    private const string Modifier = "--hidden";

    /// <summary>Whether one of <paramref name="caption"/>'s class names ends in the "--hidden" modifier.</summary>
    public static bool Is(IElement caption)
    {
        if (caption.ClassName is not { } names || !names.Contains(Modifier, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var name in caption.ClassList)
        {
            if (name.Length > Modifier.Length && name.EndsWith(Modifier, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
