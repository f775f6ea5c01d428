namespace Ingestion.Parser.Core;

/// <summary>
/// "Mar 1, 2018" / "What two years of running a tool library taught me about my neighbors" / "Lending drills, ladders and
/// a surprising number of pasta makers out of a garage" / the lead picture: a blogging platform prints the writer's card
/// (name, biography, date) over the story, so no byline stands under the headline and its subtitle to tell the subtitle
/// for a deck. Right under the card's date, the first of two headline-like lines, the second at least as long, is the
/// headline and the second its subtitle.
/// </summary>
internal static class HeadlineUnderWriterCard
{
    private const int MinWords = 5;

    /// <summary>The headline over <paramref name="deck"/>, or -1.</summary>
    public static int Over(PageLines lines, int deck, Func<int, bool> isHeadline)
    {
        var deckText = lines[deck].Text;
        var headline = lines.PreviousNonBlank(deck);
        if (headline < 0 || deck - headline > 2 || !isHeadline(headline) || lines[headline].Text is var headlineText && headlineText.Length > deckText.Length
            || Words.EndsSentence(deckText) || Words.EndsSentence(headlineText) || Words.CountUpTo(deckText, MinWords) < MinWords || Words.CountUpTo(headlineText, MinWords) < MinWords)
        {
            return -1;
        }

        // The card's date line right over the headline, a rule at most between (lynx's rule reads blank; w3m draws one in
        // box characters, which may end in a broken character where the page's width cut it).
        var date = lines.PreviousNonBlank(headline);
        if (date > 0 && headline - date <= 2 && IsDrawnRule(lines[date].Text))
        {
            date = lines.PreviousNonBlank(date);
        }

        return date >= 0 && headline - date <= 4 && lines.TryParseDate(date, out _) ? headline : -1;
    }

    private static bool IsDrawnRule(string text) => text.Length >= 3 && !text.AsSpan().ContainsAnyInRange('0', '9') && !Words.HasLetter(text);
}
