namespace Ingestion.Parser.Core;

/// <summary>
/// "2016%2f09%2f16%2f56%2fhttpsd2mhye01h4nj2n.cloudfront.netmediazgkymde2lzax.6d630 By Nicole Gallucci…": a template that
/// fills a picture's alt text with the picture's escaped address prints it as a word of percent-escaped slashes, and a
/// text browser sets it glued before the byline beside the writer's portrait. No writer or reader types "%2f" twice in
/// a word; the word is the picture's, and the line after it the text's.
/// </summary>
internal static class PercentEncodedAltWord
{
    private const int MinLength = 20;

    /// <summary>The length of the escaped word and the space after it that open the line, or 0.</summary>
    public static int Length(string text)
    {
        var space = text.IndexOf(' ');
        if (space < MinLength || space + 1 >= text.Length || !char.IsLetter(text[space + 1]))
        {
            return 0;
        }

        var word = text.AsSpan(0, space);
        var first = word.IndexOf("%2f", StringComparison.OrdinalIgnoreCase);
        return first >= 0 && word[(first + 3)..].Contains("%2f", StringComparison.OrdinalIgnoreCase) ? space + 1 : 0;
    }
}
