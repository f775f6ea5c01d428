namespace Ingestion.Parser.Core;

/// <summary>The runs of non-blank lines of a text dump, each offered to a detector that may claim it as furniture.</summary>
internal static class TextBlocks
{
    /// <summary>
    /// Offers each run of non-blank lines to <paramref name="claim"/>, which returns where the lines it claims end (the
    /// run's end, or past it) or -1. The claimed lines are blanked in a copy; the page's own list is left as it is.
    /// </summary>
    public static List<TextLine> BlankClaimed(List<TextLine> lines, Func<List<TextLine>, int, int, int> claim)
    {
        List<TextLine>? result = null;
        var start = 0;
        while (start < lines.Count)
        {
            if (lines[start].IsBlank)
            {
                start++;
                continue;
            }

            var end = start;
            while (end < lines.Count && !lines[end].IsBlank)
            {
                end++;
            }

            var claimed = claim(lines, start, end);
            if (claimed >= 0)
            {
                result ??= [.. lines];
                for (var i = start; i < claimed; i++)
                {
                    result[i] = new TextLine(0, string.Empty);
                }

                end = Math.Max(end, claimed);
            }

            start = end;
        }

        return result ?? lines;
    }
}
