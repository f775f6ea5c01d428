namespace Ingestion.Parser.Core;

/// <summary>
/// "Headline of the story" / "“We just want to feel safe in our own shop.”" / "By Name on …": a deck that quotes one
/// sentence of the story whole, its stop inside the quotation marks. A headline that quotes someone leaves the stop out
/// ('Split After Four Years: "We Remain Close Friends"'), so such a line under a headline is its deck however short.
/// Cost: asked only of a line between a headline and a byline: two character checks and a word count.
/// </summary>
internal static class QuotedSentenceDeck
{
    private const int MinWords = 4;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > 2 && text[0] is '"' or '“' && text[^1] is '"' or '”' && text[^2] is '.' or '!' or '?'
            && text[1..^1].IndexOfAny('"', '“', '”') < 0 && Words.CountUpTo(text, MinWords) >= MinWords;
    }
}
