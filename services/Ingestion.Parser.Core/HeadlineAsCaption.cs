namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;&lt;img alt=""&gt;&lt;figcaption title="Ferry fares to rise in spring"&gt;&lt;div class="figure-caption"&gt;Ferry fares
/// to rise in spring&lt;/div&gt;&lt;/figcaption&gt;&lt;/figure&gt;" under the headline "Ferry fares to rise in spring": a portal that
/// carries another publisher's story fills the lead picture's caption with the headline when the story brought no caption.
/// The headline printed again names the story, not the picture: no caption, as the headline printed as the picture's
/// alt text is none (<see cref="HeadlineAltText"/>, t252); so does the headline after the section's label
/// (<see cref="KickerOverHeadlineCaption"/>).
/// </summary>
internal static class HeadlineAsCaption
{
    /// <summary><paramref name="captions"/> without the entries that are <paramref name="title"/> itself, or it under a section's label.</summary>
    public static List<string> Without(List<string> captions, string? title)
    {
        if (title is not { Length: > 0 })
        {
            return captions;
        }

        List<string>? kept = null;
        for (var i = 0; i < captions.Count; i++)
        {
            if (captions[i].Equals(title, StringComparison.OrdinalIgnoreCase) || KickerOverHeadlineCaption.Is(captions[i], title))
            {
                kept ??= captions.GetRange(0, i);
            }
            else
            {
                kept?.Add(captions[i]);
            }
        }

        return kept ?? captions;
    }
}
