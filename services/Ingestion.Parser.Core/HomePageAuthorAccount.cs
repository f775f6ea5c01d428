using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>
/// "author": [{"@type": "Person", "name": "Maren Tollefsen", "url": "https://ledger.example/author/1234/maren-tollefsen"},
/// {"@type": "Person", "name": "HarbourLedger", "url": "https://ledger.example"}]: a CMS that adds the site's own account
/// to every story's authors, typed as a person like the writer but pointing at the site's home page. An author whose
/// address is a site's root (no path beyond "/") is that site, no writer; asked only beside another author, so a story
/// the site alone signs keeps what the other rules make of it.
/// </summary>
internal static class HomePageAuthorAccount
{
    /// <summary>Whether the JSON-LD author node <paramref name="author"/> points at a site's home page.</summary>
    public static bool Is(JsonElement author) =>
        author.ValueKind == JsonValueKind.Object
        && author.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
        && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var address)
        && address.Scheme is "http" or "https"
        && address.AbsolutePath == "/" && address.Query.Length == 0 && address.Fragment.Length == 0;
}
