namespace Ingestion.Parser.Core;

/// <summary>
/// "24 settembre 2013 (modifica il 25 settembre 2013 | 07:12)", "September 24, 2013 (updated 7:12 a.m.)": the update
/// set in brackets after the day of publication. The publish time is the day before the bracket, without the update's clock.
/// </summary>
internal static class BracketedUpdate
{
    private const int LongestLine = 120;

    public static bool TryReadPublished(string text, out PageTime time)
    {
        time = default;
        var open = text.Length <= LongestLine ? text.IndexOf(" (", StringComparison.Ordinal) : -1;
        if (open <= 0 || !text.EndsWith(')') || MetadataLine.UpdateWords.IndexIn(text.AsSpan(open + 2)) != 0)
        {
            return false;
        }

        if (DateLineParser.Parse(text.AsSpan(0, open), out var otherWords) is not { Date: not null } published || otherWords > 1)
        {
            return false;
        }

        time = published;
        return true;
    }
}
