namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "Harbour Magazine - Good News for Harbour and the Bay" and a schema.org publisher of the same name (a
/// theme's microdata <c>itemprop="publisher"</c>, a JSON-LD node), beside a logo whose alt text is "Harbour Magazine": a
/// WordPress site writes its name and slogan into the one settings field, and every card that reads the field repeats
/// both. When the share card's slogan is found to be no part of the name (SiteNameWithTagline, by the title or the logo),
/// the publisher name that repeats the card word for word loses it too; a publisher of other words (a company) is kept.
/// </summary>
internal static class SloganSharedWithPublisherName
{
    /// <summary>The shortened name when the structured-data site is the share card's name as given, else that site.</summary>
    public static string Site(string jsonLdSite, string shareName, string shortenedShareName) =>
        shortenedShareName.Length > 0 && shortenedShareName.Length < shareName.Length
        && shareName.StartsWith(shortenedShareName, StringComparison.Ordinal)
        && string.Equals(jsonLdSite, shareName, StringComparison.Ordinal)
            ? shortenedShareName
            : jsonLdSite;
}
