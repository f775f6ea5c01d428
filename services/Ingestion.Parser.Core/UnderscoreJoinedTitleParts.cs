namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline_Channel_Site", "Headline _Channel _Site": Chinese news CMSs join the document title's parts with underscores
/// and no spaces, so the dash and bar splits never see them; once the headline is known, what follows it is the channel
/// and the site, the site last. Where no metadata names the headline, the document title's first part is the headline
/// when the page shows it on a line of its own (a template that sets it in a styled <c>div</c>, no heading).
/// </summary>
internal static class UnderscoreJoinedTitleParts
{
    private const int MaxParts = 3;
    private const int MaxSiteLength = 30;

    /// <summary>The last part of <paramref name="rest"/>, the document title after the headline, when it is underscore-joined parts; else null.</summary>
    public static string? Site(string rest)
    {
        var text = rest.AsSpan().Trim();
        if (text is not ['_', ..])
        {
            return null;
        }

        var parts = text.ToString().Split('_', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is > 0 and <= MaxParts && parts[^1].Length <= MaxSiteLength && Words.HasLetterOrDigit(parts[^1]) ? parts[^1] : null;
    }

    /// <summary>
    /// The first part of <paramref name="documentTitle"/> ("Headline_Channel_Site") when it holds a Chinese character, up
    /// to <see cref="MaxParts"/> underscore-joined parts follow it and <paramref name="isShown"/> finds it on a line of its
    /// own; else null.
    /// </summary>
    public static string? Headline(string documentTitle, Func<string, bool> isShown)
    {
        var underscore = documentTitle.IndexOf('_');
        if (underscore <= 0)
        {
            return null;
        }

        var headline = documentTitle[..underscore].Trim();
        return headline.Length > 0 && SpaceSeparatedHanziTags.HoldsHanzi(headline) && Site(documentTitle[underscore..]) is not null && isShown(headline)
            ? headline
            : null;
    }
}
