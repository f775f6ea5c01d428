namespace Ingestion.Parser.Core;

/// <summary>
/// "What Not to Say at the Harbour Office" / "Choose your words wisely." / "<c>   </c>image Share": <c>lynx -dump</c> prints
/// headings at the margin and every other block three spaces in. A short sentence at the margin right under a longer
/// heading, with the indented page going on under it, is the headline's deck (its <c>h2</c>), however short, even with no
/// byline under it to tell. Cost: asked only of a sentence line under a headline: indents and two word counts.
/// </summary>
internal static class MarginDeckUnderHeading
{
    public static bool Is(PageLines lines, int heading, int deck, int end)
    {
        if (lines[heading].Indent != 0 || lines[deck].Indent != 0 || lines[heading].Centred || lines[deck].Centred || lines.NextNonBlank(deck, end) is var below && below >= end
            || lines[below].Indent == 0)
        {
            return false;
        }

        var headingWords = Words.Count(lines[heading].Text);
        return headingWords > Words.Count(lines[deck].Text) && !Words.EndsSentence(lines[heading].Text);
    }
}
