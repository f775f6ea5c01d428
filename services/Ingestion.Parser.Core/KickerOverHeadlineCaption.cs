namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;img&gt;&lt;figcaption&gt;&lt;p class="tag-line"&gt;&lt;a href="/category/ferries/"&gt;Ferries&lt;/a&gt;&lt;/p&gt;&lt;h3&gt;Ferry
/// fares to rise in spring&lt;/h3&gt;&lt;/figcaption&gt;&lt;span class="image-caption"&gt;…&lt;/span&gt;&lt;/figure&gt;": a cover template
/// prints the section's label and the headline over the lead picture, in its figcaption, and the picture's own caption
/// beside it. The entry read from it is the headline after a word or two of the section's name: it names the story, no
/// picture, as the headline printed alone there does (<see cref="HeadlineAsCaption"/>).
/// Cost: asked of each caption entry once the title is known: one suffix comparison, and on a match a word count of the
/// few characters before it.
/// </summary>
internal static class KickerOverHeadlineCaption
{
    /// <summary>A section's label is a word or two ("Trailers", "Local news", "Arts and culture").</summary>
    private const int MaxKickerWords = 3;

    private const int MaxKickerLength = 30;

    /// <summary>Whether <paramref name="caption"/> is <paramref name="title"/> after a short label that ends no sentence.</summary>
    public static bool Is(string caption, string title)
    {
        var kickerLength = caption.Length - title.Length - 1;
        if (kickerLength is < 1 or > MaxKickerLength || caption[kickerLength] != ' '
            || !caption.EndsWith(title, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var kicker = caption.AsSpan(0, kickerLength).TrimEnd();
        return kicker.Length > 0 && kicker[^1] is not ('.' or '!' or '?' or ':' or ',' or ';') && Words.CountUpTo(kicker, MaxKickerWords) <= MaxKickerWords;
    }
}
