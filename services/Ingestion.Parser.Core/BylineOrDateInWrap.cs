namespace Ingestion.Parser.Core;

/// <summary>
/// "State awards $38 million to bring broadband to rural northern counties" / "by Alex Brennan", "… (and Skip the Gym
/// Membership)" / "Posted: 01/14/2014 8:12 am EST", "Posted: Friday, February 9, 2018 at 6:12 PM EST" / "PIKE VALLEY,
/// Ky. (WBTQ) -- Freezing rain …": in a page hard-wrapped at a fixed width, a headline or a date
/// line that only happened to be too long for the byline or the date under it, or the text under it, to fit. A byline
/// or a date line is a line of its own; a wrapped sentence's last piece that reads like one ends its sentence.
/// </summary>
internal static class BylineOrDateInWrap
{
    /// <param name="line">the line that might wrap</param>
    /// <param name="next">the line under it</param>
    /// <param name="nextCarriedOn">whether the line under it wraps into the one under that</param>
    public static bool Is(string line, string next, bool nextCarriedOn) =>
        IsDateLine(line) || (!nextCarriedOn && !EndsWithStop(next) && (IsByline(next) || (char.IsUpper(next[0]) && IsDateLine(next))));

    /// <summary>
    /// "by Alex Brennan": every name read of two words or more, and no bracket closed, since "(Ledger photo" / "by Tom
    /// McBride)" is a credit's piece and "… frost possible in the valleys" / "by Tuesday" a headline's.
    /// </summary>
    private static bool IsByline(string text) =>
        text.Length <= 80 && text[^1] != ')' && BylineParser.OpensAsByline(text)
        && BylineParser.TryRead(text) is { Count: > 0 } names && names.TrueForAll(name => name.Contains(' ', StringComparison.Ordinal));

    /// <summary>A date line, which opens with a capital under a line it is no part of: "in January 2012" and "11, 2011 at 6:12 AM" go on a sentence.</summary>
    private static bool IsDateLine(string text) =>
        DateLineParser.MayBeDateLine(text.Length, Words.HasDigit(text)) && DateLineParser.TryParseLine(text, out _);

    private static bool EndsWithStop(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?';
}
