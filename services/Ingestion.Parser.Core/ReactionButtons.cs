namespace Ingestion.Parser.Core;

/// <summary>
/// "React Amazing Inspiring Funny Scary Hot Crazy Important Weird", "What's your reaction? LOL WIN OMG CUTE FAIL": the
/// mood buttons that 2012–2015 news and viral sites put under the headline, printed as one row of single words.
/// </summary>
internal static class ReactionButtons
{
    private static readonly PrefixSet Labels = new("react ", "react: ", "reactions ", "reactions: ", "your reaction? ", "your reaction: ",
        "what's your reaction? ", "what’s your reaction? ", "how do you feel? ", "how does this make you feel? ");

    private const int LongestButton = 12;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > 160 || text[0] is not ('R' or 'r' or 'Y' or 'y' or 'W' or 'w' or 'H' or 'h') || Labels.MatchLength(text) is not (> 0 and var label))
        {
            return false;
        }

        var buttons = 0;
        foreach (var range in text[label..].Split(' '))
        {
            var word = text[label..][range];
            if (word.IsEmpty)
            {
                continue;
            }

            // Each button is capitalised, as no sentence's words are: "Reactions were mixed among the members".
            if (word.Length > LongestButton || !char.IsAsciiLetterUpper(word[0]) || word.ContainsAnyExcept(ButtonCharacters))
            {
                return false;
            }

            buttons++;
        }

        return buttons >= 3;
    }

    private static readonly System.Buffers.SearchValues<char> ButtonCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!-");
}
