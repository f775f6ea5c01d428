namespace Ingestion.Parser.Core;

/// <summary>
/// "By Dev Sandhu, Lakeshore News Channel" or "SportsCenter Network news services" under the headline, and "Lakeshore
/// News Channel's Priya Okafor … contributed to this report." or "Information from SportsCenter Network's Kyle Merriman
/// … was used in this report." under the text: a network's story page names its own newsroom after the writer (or as
/// the desk) and again, possessively, in the credit for its colleagues' reporting. On a dump that starts at the headline,
/// the outlet both lines name is the publication.
/// </summary>
internal static class BylineOutletCredited
{
    private const int MaxLinesUnderTitle = 4;
    private const int MaxLength = 100;
    private const int MaxOutletWords = 5;
    private const string DeskWords = " news services";

    /// <summary>The outlet the byline or desk line names and a credit repeats, otherwise null.</summary>
    public static string? Name(PageLines lines, int titleIndex, int end)
    {
        foreach (var line in lines.NonBlankAfter(titleIndex, MaxLinesUnderTitle, end))
        {
            if (OutletOf(lines[line].Text) is { } outlet && CreditedSpelling(lines, outlet, line, end) is { } credited)
            {
                return credited;
            }
        }

        return null;
    }

    /// <summary>"Lakeshore News Channel" of "By Dev Sandhu, Lakeshore News Channel"; "SportsCenter Network" of "SportsCenter Network news services".</summary>
    internal static string? OutletOf(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length > MaxLength)
        {
            return null;
        }

        if (text.EndsWith(DeskWords, StringComparison.OrdinalIgnoreCase))
        {
            var desk = text[..^DeskWords.Length].Trim();
            return IsOutletName(desk) ? desk.ToString() : null;
        }

        // "By", "BY", "Posted by", "Written by": any byline label before the writer.
        var label = BylineParser.LabelLength(text);
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (label == 0 || comma <= label || !Words.LooksLikePersonName(text[label..comma].Trim()) || Words.Count(text[label..comma]) is < 2 or > 4)
        {
            return null;
        }

        var outlet = text[(comma + 2)..].Trim();
        return IsOutletName(outlet) ? outlet.ToString() : null;
    }

    /// <summary>Two to five capitalised words, no digits and no sentence: a newsroom's name, not a job title ("Capitol Hill Producer" fails the credit check instead).</summary>
    private static bool IsOutletName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || Words.HasDigit(text) || Words.EndsSentence(text) || Words.Count(text) is < 2 or > MaxOutletWords)
        {
            return false;
        }

        foreach (var range in text.Split(' '))
        {
            if (text[range] is not [var first, ..] || !char.IsUpper(first))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The outlet as the credit spells it, when a contributor credit names it possessively; a byline set in capitals
    /// ("BY DEV SANDHU, LAKESHORE NEWS CHANNEL") is matched case-blind and gives way to the credit's spelling.
    /// </summary>
    private static string? CreditedSpelling(PageLines lines, string outlet, int byline, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var text = lines[i].Text;
            if (i == byline || text.IndexOf(outlet, StringComparison.OrdinalIgnoreCase) is not (>= 0 and var at))
            {
                continue;
            }

            var after = text.AsSpan(at + outlet.Length);
            if ((after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("' ", StringComparison.Ordinal) || after.StartsWith("’s ", StringComparison.Ordinal))
                && BoilerplateFilter.IsContributorCredit(text.AsSpan().Trim()))
            {
                return text.Substring(at, outlet.Length);
            }
        }

        return null;
    }
}
