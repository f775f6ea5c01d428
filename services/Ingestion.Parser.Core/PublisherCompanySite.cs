namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div itemprop="publisher"&gt;&lt;meta itemprop="name" content="Orrin Press Limited, part of Orrin Group"&gt;"
/// beside "&lt;meta name="prism.publicationName" content="Orrin Letters"&gt;" and "&lt;meta name="application-name" content="Orrin Letters"&gt;":
/// the schema's publisher is the company that owns the title, its legal form ("Limited", "Inc.", "GmbH") before the
/// first comma; the page names the publication it belongs to in its own metas, and that is the site. Asked with the
/// publication metas where no <c>og:site_name</c> names the site, and with <c>og:site_name</c> where one does
/// ("BF Blogform Social Media GmbH" beside "Deutsche Wirtschafts Nachrichten").
/// </summary>
internal static class PublisherCompanySite
{
    /// <summary>A publication's name is short; a longer application name is a tagline.</summary>
    private const int LongestName = 40;

    /// <summary>The publication <paramref name="publication"/> where <paramref name="site"/> names a company; else null.</summary>
    public static string? Publication(string site, string? publication) =>
        publication is { } name && Whitespace.Collapse(name) is { Length: > 0 and <= LongestName } shown
        && !shown.Equals(site, StringComparison.OrdinalIgnoreCase) && MetaAuthorNoWriter.NamesCompany(site) && !MetaAuthorNoWriter.NamesCompany(shown)
            ? shown
            : null;
}
