namespace Ingestion.Parser.Core;

/// <summary>
/// "12 Mar 2014 on route 14, budget": Ghost's default theme (Casper, 2013–2015) prints the post's day and then its tags
/// after "on" on one line over the headline.
/// </summary>
internal static class DateOnTags
{
    private const string On = " on ";

    private const int LongestTag = 40;

    public static bool TryRead(string text, out PageTime time, out List<string> tags)
    {
        time = default;
        tags = [];
        var on = text.Length < 200 && Words.HasDigit(text) ? text.IndexOf(On, StringComparison.Ordinal) : -1;
        // The theme prints the day alone: "11.42 GMT Last modified on Wed 17 Jan 2024 15.10 GMT" is a dateline and its update.
        if (on <= 0 || Words.EndsSentence(text) || !DateLineParser.TryParseLine(text.AsSpan(0, on).Trim(), out time) || time.Date is null || time.Time is not null)
        {
            return false;
        }

        tags = TagLineParser.Split(text.AsSpan(on + On.Length).Trim());
        return tags.Count > 0 && tags.TrueForAll(tag => tag.Length <= LongestTag && !DateLineParser.TryParseLine(tag, out _));
    }
}
