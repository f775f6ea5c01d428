namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="credit"&gt;&lt;span class="hideFromView"&gt;Credit&lt;/span&gt; Harbour Daily / AP&lt;/span&gt;": a template
/// that names its classes in camel case spells the screen-reader-only class so ("hideFromView", "visuallyHidden",
/// "srOnly", "screenReaderText"), where the kebab-cased names ("sr-only", "visually-hidden") are listed in
/// <see cref="HtmlText"/>. Its words are spoken to a blind reader and never shown, so they are no part of a caption,
/// a byline or a paragraph.
/// </summary>
internal static class CamelCaseHiddenClass
{
    /// <summary>Whether <paramref name="name"/>, one class name, is such a class, in any case.</summary>
    public static bool Is(ReadOnlySpan<char> name)
    {
        // Cheap gate: the names run 6 to 16 characters and open with h, v or s.
        if (name.Length is < 6 or > 16 || (name[0] | 0x20) is not ('h' or 'v' or 's'))
        {
            return false;
        }

        return name.Equals("hideFromView", StringComparison.OrdinalIgnoreCase)
            || name.Equals("visuallyHidden", StringComparison.OrdinalIgnoreCase)
            || name.Equals("srOnly", StringComparison.OrdinalIgnoreCase)
            || name.Equals("screenReaderText", StringComparison.OrdinalIgnoreCase)
            || name.Equals("screenReaderOnly", StringComparison.OrdinalIgnoreCase);
    }
}
