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
        if (on <= 0 || Words.EndsSentence(text) || !DateLineParser.TryParseLine(text.AsSpan(0, on).Trim(), out time) || time.Date is null)
        {
            return false;
        }

        tags = TagLineParser.Split(text.AsSpan(on + On.Length).Trim());
        return tags.Count > 0 && tags.TrueForAll(tag => tag.Length <= LongestTag);
    }
}
