namespace Ingestion.Parser.Core;

/// <summary>
/// "Why harbour towns are betting on ferries -- Tidewater Money" in og:title and the document title, the headline alone in
/// the h1: a template that types the dash as two hyphens parts the site from the headline with " -- ", as others part it
/// with " | " or " - "; the h1 is the headline (HtmlPageSplitter.IsSiteSuffixed).
/// </summary>
internal static class DoubleDashSiteSuffix
{
    /// <summary>Whether the rest of the title after the headline opens with a spaced "--".</summary>
    public static bool Opens(ReadOnlySpan<char> rest) => rest.TrimStart() is ['-', '-', ' ', ..] && rest.Length > 0 && rest[0] == ' ';
}
