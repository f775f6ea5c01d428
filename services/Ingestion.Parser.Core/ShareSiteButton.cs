namespace Ingestion.Parser.Core;

/// <summary>
/// "… I read every one." / "Share The Harlan Ledger" / "14 Likes": a newsletter platform prints its button to share the
/// publication under the post, its label "Share" and the site's name and nothing else. A sentence opening "Share" goes on
/// past a name, or ends in punctuation ("Share the road with cyclists.").
/// </summary>
internal static class ShareSiteButton
{
    private const string Share = "Share ";

    public static void RemoveFrom(List<string> body, string? site)
    {
        if (site is null)
        {
            return;
        }

        body.RemoveAll(paragraph => Is(paragraph, site));
    }

    public static bool Is(string paragraph, string site) =>
        paragraph.Length == Share.Length + site.Length && paragraph.StartsWith(Share, StringComparison.Ordinal)
        && paragraph.AsSpan(Share.Length).Equals(site, StringComparison.OrdinalIgnoreCase);
}
