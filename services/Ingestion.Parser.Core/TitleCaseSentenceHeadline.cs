namespace Ingestion.Parser.Core;

/// <summary>
/// "I Was an Interpreter at the UN This Week. Here Is What the Speeches Sounded Like.": an essay platform's headline may
/// be two sentences with their full stops, long enough to pass for the text's first paragraph. It is set in title case,
/// every word of four letters or more capitalised and the short joining words ("an", "at", "the") in lower case; a
/// paragraph of text leaves its verbs and most of its nouns in lower case, so the line is a headline, no prose.
/// </summary>
internal static class TitleCaseSentenceHeadline
{
    /// <summary>A paragraph runs longer than a headline of two sentences.</summary>
    private const int LongestHeadline = 150;

    /// <summary>Enough capitalised long words that a sentence opening with a name or two cannot pass.</summary>
    private const int MinLongWords = 6;

    public static bool Is(string text) =>
        text.Length <= LongestHeadline && Words.EndsSentence(text) && TitleCase.IsTitleCase(text, MinLongWords)
        && (TitleCaseHeadline.HasLowercaseJoinWord(text) || AsksQuestion(text));

    /// <summary>
    /// "'Neutral' Fact-Checker Asks: 'Are There Any Calm Voters Left?'": a question capitalised throughout, its short words
    /// too, is a headline as well; the join words tell title case from a menu of sections, and no menu asks a question.
    /// </summary>
    private static bool AsksQuestion(string text) => text.AsSpan().TrimEnd().TrimEnd("\"'”’»").EndsWith('?');
}
