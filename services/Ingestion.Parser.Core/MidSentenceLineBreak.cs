using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… ne pouvait établir de lien entre le tir d'une&lt;br /&gt;balle et la blessure.": a CMS that turns each line end of the
/// writer's text into a break (SPIP's "autobr") leaves one inside a sentence where the writer's copy wrapped. A reader
/// reads on: the words before end on a lower-case letter with no mark, the words after open in lower case. Only the one
/// break of a paragraph that ends a sentence, after a sentence's worth of words on its line, counts: a poem's or an
/// address's lines break at every line, a two-line headline set as a paragraph ("Ferry schedule will&lt;br&gt;strand night
/// workers") ends on no mark, and a break after a comma or before a capital ("… solidarité,&lt;br&gt;Les collectifs …")
/// still parts two lines.
/// </summary>
internal static class MidSentenceLineBreak
{
    public static bool Continues(IElement lineBreak) =>
        lineBreak.ParentElement is { LocalName: "p" } paragraph
        && lineBreak.PreviousSibling is IText { Data: var before } && EndsInLowerCaseWord(before)
        && lineBreak.NextSibling is IText { Data: var after } && after.AsSpan().TrimStart() is [var first, ..] && char.IsLower(first)
        && Words.Count(before) >= MinWordsBefore
        && paragraph.LastChild is IText { Data: var end } && Words.EndsSentence(end.AsSpan().TrimEnd())
        && IsOnlyBreak(paragraph, lineBreak);

    /// <summary>The words of the break's line before it: a sentence's opening, more than a headline's half.</summary>
    private const int MinWordsBefore = 6;

    private static bool EndsInLowerCaseWord(string text) => text.AsSpan().TrimEnd() is [.., var last] && char.IsLower(last);

    private static bool IsOnlyBreak(IElement paragraph, IElement lineBreak)
    {
        foreach (var child in paragraph.Children)
        {
            if (child != lineBreak && child.LocalName == "br")
            {
                return false;
            }
        }

        return true;
    }
}
