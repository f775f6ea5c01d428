namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="og:article:published_time" content="2019-05-07T11:59:43+00:00"&gt;", "og:article:author",
/// "og:article:section": some templates write the Open Graph article protocol's properties under the "og:" prefix of the
/// object's own ones. They are the protocol's "article:published_time", "article:author", "article:tag", so they answer to
/// those names. A page that writes both spellings gives its first one, as any doubled meta does.
/// </summary>
internal static class OpenGraphArticlePrefix
{
    private const string Prefix = "og:article:";

    /// <summary>The name without the "og:" before "article:", or the name itself.</summary>
    public static string? Normalize(string? name) =>
        name is { Length: > 11 } && name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? name[3..] : name;
}
