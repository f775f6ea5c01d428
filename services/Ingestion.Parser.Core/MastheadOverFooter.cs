namespace Ingestion.Parser.Core;

/// <summary>
/// "Stay safe everyone." / "" / "Nine Harbour News" / "Contact us | Privacy | Terms of use" / "© 2013 …": a site's footer
/// repeats its logo, the page's first line, over its links; printed after the last comment, it is no paragraph of it.
/// </summary>
internal static class MastheadOverFooter
{
    private const int MaxMastheadLength = 60;

    /// <summary>Where the footer starting at <paramref name="footer"/> really starts: at the logo line over it, if there is one.</summary>
    public static int Start(PageLines lines, int footer)
    {
        var above = lines.PreviousNonBlank(footer);
        var first = lines.NextNonBlank(-1, lines.Count);
        if (above <= first || first >= lines.Count)
        {
            return footer;
        }

        var masthead = lines[first].Text.AsSpan().Trim();
        return masthead.Length is > 0 and <= MaxMastheadLength && !Words.EndsSentence(masthead)
            && lines[above].Text.AsSpan().Trim().Equals(masthead, StringComparison.Ordinal)
            ? above
            : footer;
    }
}
