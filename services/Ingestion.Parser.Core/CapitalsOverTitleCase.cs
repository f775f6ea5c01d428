namespace Ingestion.Parser.Core;

/// <summary>
/// "THE BRIEFING WITH DANA HOLLIS" / "Obama Challenges U.N. on Syria; Kerry and Lavrov Near Deal on Resolution; Rouhani
/// Turns Down Meeting With Obama": a transcript page sets the programme's name in capitals over the segments' titles in
/// title case. A deck under a headline is set in sentence case; a title-case line of five words or more under a line
/// wholly in capitals is the headline, and the capitals over it its programme or kicker.
/// </summary>
internal static class CapitalsOverTitleCase
{
    private const int MinWords = 5;

    public static bool Is(string upper, string lower) =>
        IsWhollyCapitals(upper) && !Words.EndsSentence(lower) && Words.CountUpTo(lower, MinWords) >= MinWords
        && lower.AsSpan().ContainsAnyInRange('a', 'z') && TitleCase.CapitalisedShare(lower, skipFirst: false) >= 0.8 && TitleCaseHeadline.HasLowercaseJoinWord(lower);

    private static bool IsWhollyCapitals(string text) =>
        Words.CountUpTo(text, 2) >= 2 && !text.AsSpan().ContainsAnyInRange('a', 'z') && text.AsSpan().ContainsAnyInRange('A', 'Z');
}
