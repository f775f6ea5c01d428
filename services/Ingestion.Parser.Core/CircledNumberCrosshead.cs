namespace Ingestion.Parser.Core;

/// <summary>
/// "①港の新ダイヤ" right over the first long paragraph: a Japanese (or Chinese, Korean) list article numbers its crossheads
/// with circled digits, and the first one stands between the lead and the text. Before the first long paragraph every
/// line is read as a header line (kicker, deck, byline) and this one was dropped there, while "②…" and the rest stayed in
/// the text. A circled digit opens no byline, date or kicker; a line that ends as a sentence is left to the text rules.
/// </summary>
internal static class CircledNumberCrosshead
{
    private const int MaxLength = 60;

    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length is > 1 and <= MaxLength && IsCircledNumber(text[0]) && !char.IsWhiteSpace(text[1]) && !Words.EndsSentence(text);
    }

    /// <summary>①–⑳, ❶–❿ and ➀–➉: circled and negative circled digits.</summary>
    private static bool IsCircledNumber(char c) => c is >= '\u2460' and <= '\u2473' or >= '\u2776' and <= '\u277F' or >= '\u2780' and <= '\u2789';
}
