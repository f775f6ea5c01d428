namespace Ingestion.Parser.Core;

/// <summary>
/// "arts, entertainment, festivals, harbour fest 2015, homepage, music, bay-ent" in a news_keywords meta: a newsroom CMS
/// that fills the meta from its own tag field puts its routing flags among the topics. "homepage" (or "frontpage")
/// asks for the story on the front page, and a code made of the site's own short name, a hyphen and a desk ("bay-ent"
/// on bay.com) sends it to a section's river; neither is a topic the story is filed under. Those entries go; the
/// others stay, in order. The site's short name is the address's host without "www." up to its first dot; a code has
/// no space. Cost: once per page whose tags come from a keywords meta: one pass over the entries, a list only when one
/// goes.
/// </summary>
internal static class PlacementFlagKeywords
{
    private static readonly string[] Flags = ["homepage", "home page", "frontpage", "front page"];

    public static List<string> Without(List<string> keywords, string? pageAddress)
    {
        var shortName = ShortHostName(pageAddress);
        List<string>? kept = null;
        for (var i = 0; i < keywords.Count; i++)
        {
            if (IsFlag(keywords[i], shortName))
            {
                kept ??= keywords.GetRange(0, i);
            }
            else
            {
                kept?.Add(keywords[i]);
            }
        }

        return kept ?? keywords;
    }

    private static bool IsFlag(string keyword, ReadOnlySpan<char> shortName)
    {
        var entry = keyword.AsSpan().Trim();
        foreach (var flag in Flags)
        {
            if (entry.Equals(flag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return shortName.Length >= 2 && entry.Length > shortName.Length + 1 && entry.StartsWith(shortName, StringComparison.OrdinalIgnoreCase)
            && entry[shortName.Length] == '-' && !entry.Contains(' ');
    }

    /// <summary>"nola" of "http://www.nola.com/jazz/…": the host without "www." up to its first dot; empty when there is no address.</summary>
    private static ReadOnlySpan<char> ShortHostName(string? address)
    {
        if (address is null || address.IndexOf("://", StringComparison.Ordinal) is not (> 0 and var scheme))
        {
            return [];
        }

        var host = address.AsSpan(scheme + 3);
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        var dot = host.IndexOfAny('.', '/');
        return dot > 0 && host[dot] == '.' ? host[..dot] : [];
    }
}
