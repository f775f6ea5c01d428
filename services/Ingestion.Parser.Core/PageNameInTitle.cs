using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Eastside Dispatch - Journal - Library board picks architect …": Squarespace 5, Ning and many hand-made templates put
/// the section's or page's name ("Journal", "Blog", "News") between the site and the headline. When the banner's link
/// to the front page shows one of the parts, that part is the site, the section name no part of it. Without such a link,
/// the part the copyright line names is ("Headline | Floor Notes | Capitol Ledger" over "© 2013 Capitol Ledger LLC.").
/// </summary>
internal static class PageNameInTitle
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — ", " :: ", " · ", " » "];

    /// <summary>"KPRN" and longer: a shorter part ("TV", "AM") may be found in any notice.</summary>
    private const int MinimumSiteName = 4;

    /// <summary>The part of the title's site remainder that the masthead's front-page link shows, else the remainder.</summary>
    public static string SiteOf(IDocument document, string rest)
    {
        var parts = rest.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return rest;
        }

        var frontPageNames = document.SelectAll("a[href='/'], a[href='./'], a[href='/index.html']")
            .Select(link => Whitespace.Collapse(link.TextContent)).Where(name => name.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The part the masthead's unlinked logo spells in its alt text (MastheadLogoTitlePart).
        return parts.FirstOrDefault(frontPageNames.Contains) ?? MastheadLogoTitlePart.Part(document, parts) ?? PartInCopyright(document, parts) ?? rest;
    }

    private static string? PartInCopyright(IDocument document, string[] parts)
    {
        var named = parts.Where(part => part.Length >= MinimumSiteName).ToList();
        return named.Count > 0 && CopyrightNotice.Of(document) is { } notice
            ? named.FirstOrDefault(part => notice.Contains(part, StringComparison.OrdinalIgnoreCase))
            : null;
    }
}
