using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "The opinions in Politics.co.uk's Comment section are those of the author.", "The views expressed on this blog are
/// solely those of the writers.": a site's standing disclaimer, printed on every story of a section, is no paragraph
/// of the text and no headline. One sentence: the views or opinions "are (solely) those of" someone. An editor's note
/// that ends with the same words ("Editor's note: Name is … The opinions expressed in this commentary are solely those
/// of the author.") opens otherwise and stays the text's.
/// "Meinungen in Beiträgen auf Site entsprechen jeweils den persönlichen Einschätzungen der Autorin oder des Autors.": the
/// same disclaimer in German, the opinions "entsprechen" (are) the writer's own; the sentence opens with the opinions and
/// ends with the writer (GermanOpinionDisclaimer, a widening).
/// "The views expressed by the author are personal.", "The opinions expressed here are my own.": the same sentence
/// closing on the views' being personal or someone's own, with no "those of" (OwnViewsDisclaimer, a widening); a
/// reporter's sentence of two clauses ("The views, she said, are her own.") stays.
/// </summary>
internal static class OpinionDisclaimer
{
    private static readonly PrefixSet Openings = new(["the opinions ", "the views ", "opinions expressed ", "views expressed "]);

    private const int MaxLength = 200;

    private const int MaxOwnerWords = 4;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",.!?;:");

    private static readonly PrefixSet GermanOpenings = new(["meinungen ", "die meinungen ", "die meinung "]);

    /// <summary>How the German sentence ends: with the writer, named by the role ("des Autors", "der Autorin oder des Autors").</summary>
    private static readonly string[] GermanOwners = ["des Autors.", "der Autorin.", "der Autoren.", "der Autorinnen und Autoren.", "des Verfassers.", "der Verfasserin."];

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is > 0 and <= MaxLength && (text[0] | 0x20) is 'm' or 'd' && IsGerman(text))
        {
            return true;
        }

        if (text.Length is 0 or > MaxLength || (text[0] | 0x20) is not ('t' or 'o' or 'v') || !Openings.Matches(text))
        {
            return false;
        }

        // "The views expressed by the author are personal.", "The opinions expressed here are my own.": the same disclaimer
        // closing on the owner's word alone, with no "those of" (OwnViewsDisclaimer, a widening).
        if (OwnViewsEnding(text))
        {
            return true;
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

    /// <summary>How the sentence ends when it names no owner after "those of": the views are personal, or someone's own.</summary>
    private static readonly string[] OwnEndings = [" are personal.", " are my own.", " are his own.", " are her own.", " are their own.", " are the author's own.", " are the writer's own.", " are solely personal."];

    /// <summary>A short sentence, one clause, closing with <see cref="OwnEndings"/>.</summary>
    private static bool OwnViewsEnding(ReadOnlySpan<char> text)
    {
        var line = text.TrimEnd();
        foreach (var ending in OwnEndings)
        {
            if (line.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return !line[..^ending.Length].ContainsAny(ClauseBreaks) && Words.Count(line) <= MaxOwnWords;
            }
        }

        return false;
    }

    /// <summary>The most words of such a sentence: "The views expressed on this blog by its writers are personal."</summary>
    private const int MaxOwnWords = 14;

    private static bool IsGerman(ReadOnlySpan<char> text)
    {
        if (!GermanOpenings.Matches(text) || text.IndexOf(" entspr", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var line = text.TrimEnd();
        foreach (var owner in GermanOwners)
        {
            if (line.EndsWith(owner, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
