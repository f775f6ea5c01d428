namespace Ingestion.Parser.Core;

/// <summary>
/// "keywords: Una solución no violenta para la cuestión mapuche, Opinión, …", "article:tag: Folha de S.Paulo": a CMS
/// that fills the keywords from the story's fields puts the headline or the paper's own name first. Neither is a topic
/// the story is filed under. Some fill them from the document title, the headline with the site's name after a
/// separator ("keywords: politics, Headline - SitePolitics.com"): that is the headline too (<see cref="IsTitleWithSite"/>).
/// </summary>
internal static class TitleOrSiteAsTag
{
    /// <summary>The tags without the headline and the site's name, or the same list when neither is among them.</summary>
    public static List<string> Without(List<string> tags, string? title, string? site)
    {
        if (!tags.Any(tag => IsSame(tag, title) || IsSame(tag, site) || IsTitleWithSite(tag, title)))
        {
            return tags;
        }

        return tags.Where(tag => !IsSame(tag, title) && !IsSame(tag, site) && !IsTitleWithSite(tag, title)).ToList();
    }

    private static bool IsSame(string tag, string? name) => name is not null && string.Equals(tag.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Separators a document title puts between the headline and the site's name.</summary>
    private static readonly string[] TitleSeparators = ["-", "|", "–", "—", "::", "·"];

    /// <summary>The most words the site's name after the separator may have ("CNNPolitics.com", "The Harbour Post Online").</summary>
    private const int MaxSiteWords = 5;

    /// <summary>
    /// "Headline - SitePolitics.com" where the headline is the title: the document title given as a keyword. Only a few
    /// words may follow the separator, so a keyword that merely opens with a short headline's words and goes on to a topic
    /// of its own is not matched unless it is set off as a site's name is.
    /// </summary>
    private static bool IsTitleWithSite(string tag, string? title)
    {
        if (title is null || title.Length < 10)
        {
            return false;
        }

        var trimmedTitle = title.AsSpan().Trim();
        var trimmed = tag.AsSpan().Trim();
        if (trimmed.Length <= trimmedTitle.Length + 3 || !trimmed.StartsWith(trimmedTitle, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "Headline - Site", also with the doubled space a CMS leaves before the separator ("Headline  - Site").
        var rest = trimmed[trimmedTitle.Length..];
        if (rest[0] != ' ')
        {
            return false;
        }

        var after = rest.TrimStart();
        foreach (var separator in TitleSeparators)
        {
            if (after.Length > separator.Length && after.StartsWith(separator, StringComparison.Ordinal) && after[separator.Length] == ' ')
            {
                var site = after[separator.Length..].Trim();
                return site.Length > 0 && Words.Count(site) <= MaxSiteWords;
            }
        }

        return false;
    }
}
