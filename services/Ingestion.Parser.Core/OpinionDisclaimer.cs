using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "The opinions in Politics.co.uk's Comment section are those of the author.", "The views expressed on this blog are
/// solely those of the writers.": a site's standing disclaimer, printed on every story of a section, is no paragraph
/// of the text and no headline. One sentence: the views or opinions "are (solely) those of" someone. An editor's note
/// that ends with the same words ("Editor's note: Name is … The opinions expressed in this commentary are solely those
/// of the author.") opens otherwise and stays the text's.
/// </summary>
internal static class OpinionDisclaimer
{
    private static readonly PrefixSet Openings = new(["the opinions ", "the views ", "opinions expressed ", "views expressed "]);

    private const int MaxLength = 200;

    private const int MaxOwnerWords = 4;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",.!?;:");

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > MaxLength || (text[0] | 0x20) is not ('t' or 'o' or 'v') || !Openings.Matches(text))
        {
            return false;
        }

        var those = text.IndexOf(" those of ", StringComparison.Ordinal);
        if (those < 0 || !(text[..those].EndsWith(" are", StringComparison.Ordinal) || text[..those].EndsWith(" are solely", StringComparison.Ordinal)))
        {
            return false;
        }

        // The owner of the views, a few words, closes the sentence ("… those of the author." with nothing after); a
        // reporter's sentence goes on ("… those of the council, she said.").
        var owner = text[(those + " those of ".Length)..].TrimEnd();
        return owner is [.., '.'] && !owner[..^1].ContainsAny(ClauseBreaks) && Words.Count(owner) <= MaxOwnerWords;
    }
}
