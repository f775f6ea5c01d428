namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;INTERNATIONAL DEBT RECOVERY&lt;/h1&gt;" under og:title "International Debt Recovery | Harbour Law Firm": a template
/// whose editors type the headline in capitals shows it so, while the sharing title spells it in mixed case and adds the
/// site after a bar. The h1 names the headline's extent, the sharing title its spelling: the title's part the capitals
/// spell, before its separator, is the headline, and the site's suffix goes. A heading with any small letter, or one the
/// title does not continue with a separator, is left to the other rules.
/// </summary>
internal static class CapitalsHeadlineOfSuffixedTitle
{
    /// <summary>A shorter heading in capitals may be a section's label.</summary>
    private const int MinLength = 12;

    /// <summary>The sharing title's part that <paramref name="shown"/> spells in capitals; null when it is no such heading.</summary>
    public static string? Headline(string title, string shown)
    {
        if (shown.Length < MinLength || title.Length <= shown.Length + 3 || !Words.HasLetter(shown) || Words.HasLowercaseLetter(shown)
            || !title.StartsWith(shown, StringComparison.OrdinalIgnoreCase) || !Words.HasLowercaseLetter(title.AsSpan(0, shown.Length)))
        {
            return null;
        }

        return TitleSeparator.Opens(title.AsSpan(shown.Length)) ? title[..shown.Length] : null;
    }
}
