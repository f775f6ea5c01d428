namespace Ingestion.Parser.Core;

/// <summary>
/// "laVocedelGarda.it" over its tagline at the top, and "laVocedelGarda.it - Testata giornalistica registrata …" at the
/// foot: an online-only paper's logo is its host name, which the legal line at the foot opens with (Italian papers must
/// print their registration there, with no "©"). A host name printed at both ends of the page is the publication.
/// </summary>
internal static class HostLogoOpeningFooterLine
{
    private static readonly string[] Joins = [" - ", " – ", " | ", " · ", ", "];

    /// <summary>Whether a line among the page's last <paramref name="footerLines"/> opens with the host name and a join.</summary>
    public static bool Is(PageLines lines, string host, int from, int footerLines)
    {
        for (var i = Math.Max(from, lines.Count - footerLines); i < lines.Count; i++)
        {
            var text = lines[i].Text.AsSpan().TrimStart();
            if (text.Length > host.Length && text.StartsWith(host, StringComparison.Ordinal) && OpensWithJoin(text[host.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithJoin(ReadOnlySpan<char> rest)
    {
        foreach (var join in Joins)
        {
            if (rest.StartsWith(join, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
