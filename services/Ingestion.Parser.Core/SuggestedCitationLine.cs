namespace Ingestion.Parser.Core;

/// <summary>
/// "SUGGESTED CITATION Berger, Hanna: Ein Jahr Radwege, RadBlog, 2019/3/14, https://…, DOI: https://doi.org/…",
/// "Zitiervorschlag: …", "Cite as: …": an academic blog closes each post with the reference a reader should cite it by,
/// under a label of its own and with the post's address or DOI. Like a journal story's citation
/// (<see cref="ReferenceCitationLine"/>) it is no paragraph. A line that opens with the label but names no address is
/// left alone: it may be a sentence of the text about citing.
/// </summary>
internal static class SuggestedCitationLine
{
    private const int ShortestLine = 30;

    private const int LongestLine = 600;

    private static readonly string[] Labels =
    [
        "suggested citation", "recommended citation", "cite as", "how to cite this post", "how to cite this article", "zitiervorschlag", "zitierweise",
        "zitiervorschlag für diesen beitrag", "pour citer cet article", "citation suggérée", "cómo citar este artículo", "come citare",
    ];

    public static bool Is(ReadOnlySpan<char> text)
    {
        // The first letter turns down nearly every line before the label is looked for.
        if (text.Length is < ShortestLine or > LongestLine || text[0] is not ('S' or 's' or 'R' or 'r' or 'C' or 'c' or 'H' or 'h' or 'Z' or 'z' or 'P' or 'p'))
        {
            return false;
        }

        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text.Length > label.Length && text[label.Length] is ' ' or ':' or '\u00a0')
            {
                var reference = text[label.Length..];
                return reference.Contains("http", StringComparison.OrdinalIgnoreCase) || reference.Contains("doi", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
