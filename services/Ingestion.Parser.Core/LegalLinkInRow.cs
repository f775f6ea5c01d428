namespace Ingestion.Parser.Core;

/// <summary>
/// "About This Site | Staff | Reviews | Advertise | Privacy Policy | Terms of Use": a footer's row of the site's own pages
/// links its legal pages, which no byline row does. Read as a metadata line, its first item reads as a name and "Staff"
/// as a job title beside it; an item that names the privacy policy or the terms of use makes the row a footer, and its
/// names name no writer.
/// Cost: one set lookup per item of a row read as metadata.
/// </summary>
internal static class LegalLinkInRow
{
    private static readonly WordSet LegalPages = new(
        "privacy policy", "privacy", "privacy notice", "privacy statement", "terms of use", "terms of service", "terms and conditions", "cookie policy", "cookies policy");

    public static bool Is(ReadOnlySpan<char> segment) => segment.Length <= 20 && LegalPages.Contains(segment.Trim());
}
