namespace Ingestion.Parser.Core;

/// <summary>
/// "By June Halverson; March 12, 2013", "By Sam Ortiz and Lee Park; September 4, 2012": music and culture sites of
/// 2010–2014 join the byline and the date with a semicolon.
/// </summary>
internal static class BylineSemicolonDate
{
    /// <summary>The line with a bar in place of the semicolon between byline and date, so that each is read as its own item.</summary>
    public static string WithBarBeforeDate(string line)
    {
        var semicolon = line.LastIndexOf("; ", StringComparison.Ordinal);
        if (semicolon <= 0 || !line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || !Words.HasDigit(line.AsSpan(semicolon))
            || !DateLineParser.TryParseLine(line.AsSpan(semicolon + 2), out _))
        {
            return line;
        }

        var byline = line[..semicolon];
        return BylineParser.TryRead(byline) is { Count: > 0 } ? byline + " | " + line[(semicolon + 2)..] : line;
    }
}
