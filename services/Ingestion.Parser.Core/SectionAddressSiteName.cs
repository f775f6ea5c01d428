namespace Ingestion.Parser.Core;

/// <summary>
/// og:site_name "Harbourpost.com/politics" under the document title "… - Harbourpost Politics": a network's share card
/// names the section's site by its address, host and path; the title's suffix spells the same words as readers know the
/// name. The site is the title's spelling, as an address in og:site_name gives way to it (<see cref="SiteNameAddress"/>).
/// </summary>
internal static class SectionAddressSiteName
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — ", " :: "];

    /// <summary>
    /// The title's suffix when <paramref name="shareName"/> is "host.tld/section" and the suffix is the host's first label
    /// and the section's words, in that order ("Harbourpost Politics"); else null.
    /// </summary>
    public static string? TitleSpelling(string shareName, string title)
    {
        var slash = shareName.IndexOf('/');
        if (slash <= 0 || shareName.Contains(' ') || shareName.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var host = shareName.AsSpan(0, slash);
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }

        var dot = host.IndexOf('.');
        var path = shareName.AsSpan(slash + 1).TrimEnd('/');
        if (dot <= 0 || path.IsEmpty || path.Contains('/'))
        {
            return null;
        }

        var label = host[..dot];
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && title.AsSpan(at + separator.Length).Trim() is var suffix && Spells(suffix, label, path))
            {
                return suffix.ToString();
            }
        }

        return null;
    }

    /// <summary>"Harbourpost Politics" for "harbourpost" and "politics"; "Harbourpost New York" for "new-york".</summary>
    private static bool Spells(ReadOnlySpan<char> suffix, ReadOnlySpan<char> label, ReadOnlySpan<char> path)
    {
        if (!suffix.StartsWith(label, StringComparison.OrdinalIgnoreCase) || suffix.Length <= label.Length || suffix[label.Length] != ' ')
        {
            return false;
        }

        var rest = suffix[(label.Length + 1)..];
        if (rest.Length != path.Length)
        {
            return false;
        }

        for (var i = 0; i < rest.Length; i++)
        {
            var shown = rest[i];
            var addressed = path[i];
            if (char.ToLowerInvariant(shown) != char.ToLowerInvariant(addressed) && !(shown == ' ' && addressed is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
