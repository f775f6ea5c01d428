namespace Ingestion.Parser.Core;

/// <summary>
/// "keywords: Una solución no violenta para la cuestión mapuche, Opinión, …", "article:tag: Folha de S.Paulo": a CMS
/// that fills the keywords from the story's fields puts the headline or the paper's own name first. Neither is a topic
/// the story is filed under.
/// </summary>
internal static class TitleOrSiteAsTag
{
    /// <summary>The tags without the headline and the site's name, or the same list when neither is among them.</summary>
    public static List<string> Without(List<string> tags, string? title, string? site)
    {
        if (!tags.Any(tag => IsSame(tag, title) || IsSame(tag, site)))
        {
            return tags;
        }

        return tags.Where(tag => !IsSame(tag, title) && !IsSame(tag, site)).ToList();
    }

    private static bool IsSame(string tag, string? name) => name is not null && string.Equals(tag.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);
}
