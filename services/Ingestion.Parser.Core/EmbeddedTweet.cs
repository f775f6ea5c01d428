namespace Ingestion.Parser.Core;

/// <summary>
/// "Council votes 6-3 … pic.twitter.com/x8Lk2" / "— Hannah Okonkwo (@hokonkwo_news) March 3, 2022": a tweet embedded in
/// the text, as a rendering prints it once its script is gone: the tweet's words over its signature line.
/// </summary>
internal static class EmbeddedTweet
{
    /// <summary>"— Name (@handle) March 3, 2022": a dash, the account's name and handle, the day it was posted.</summary>
    public static bool IsSignature(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length is < 10 or > 120 || text[0] is not ('—' or '–' or '-'))
        {
            return false;
        }

        var handle = text.IndexOf("(@", StringComparison.Ordinal);
        var close = handle > 0 ? text[handle..].IndexOf(')') : -1;
        return close > 0 && DateLineParser.TryParseLine(text[(handle + close + 1)..], out var time) && time.Date is not null;
    }
}
