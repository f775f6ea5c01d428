namespace Ingestion.Parser.Core;

/// <summary>
/// "225 points by handle 2023-07-21T18:04:01 | hide | past | favorite | 100 comments": a link aggregator's submission
/// line under the posted title, its votes before the submitter's name. The tally is no label a byline opens with, so
/// the line was read as no metadata at all and the writer and time of the post's text were lost; without the tally it
/// is "by handle time | …", which the metadata rules read. Only a count right before "by" is taken.
/// </summary>
internal static class VoteTallyByline
{
    private static readonly string[] Units = [" points by ", " point by ", " votes by ", " vote by "];

    /// <summary>The line from its "by" on, when it opens with a vote tally before "by"; otherwise the line itself.</summary>
    public static string Without(string line)
    {
        if (line.Length == 0 || !char.IsAsciiDigit(line[0]))
        {
            return line;
        }

        var digits = 1;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 7)
        {
            return line;
        }

        var rest = line.AsSpan(digits);
        foreach (var unit in Units)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                // From "by ": the unit's last three characters are "by " and its first is the space after the number.
                return line[(digits + unit.Length - 3)..];
            }
        }

        return line;
    }
}
