namespace Ingestion.Parser.Core;

/// <summary>
/// "Riverbend Report" / "City hall, schools and the river, from a reporter who retired from the daily and kept going." /
/// "Pension costs eat half of the city's budget gap" / "By Mark Delacroix on March 14, 2011 9:12 AM": a blog prints its
/// name and a sentence about itself over every post (TypePad, Movable Type, Tumblr). The sentence reads as prose, but a
/// headline with its byline or date still stands under it, before the post's first paragraph: it is the blog's tagline.
/// </summary>
internal static class TaglineUnderMasthead
{
    private const int TaglineLength = 160;

    /// <summary>A paragraph's length: the post's text starts at the first sentence this long ("« Older | Main | Newer »" is shorter).</summary>
    private const int ParagraphLength = 80;

    /// <summary>How far under the tagline the post's headline may stand (menus and "« Previous | Main | Next »" between).</summary>
    private const int HeadlineReach = 25;

    public static bool Is(PageLines lines, int index, int end, Func<int, bool> isHeadline)
    {
        if (lines[index].Text.Length > TaglineLength)
        {
            return false;
        }

        var masthead = lines.PreviousNonBlank(index);
        if (masthead < 0 || !IsMasthead(lines[masthead].Text))
        {
            return false;
        }

        return HasBylinedHeadlineUnder(lines, index, end, isHeadline) && !HasHeadlineAbove(lines, masthead, isHeadline);
    }

    private static bool HasBylinedHeadlineUnder(PageLines lines, int index, int end, Func<int, bool> isHeadline)
    {
        for (var i = index + 1; i < end && i - index <= HeadlineReach && !IsParagraph(lines[i].Text); i++)
        {
            if (!lines[i].IsBlank && isHeadline(i)
                && ((lines.PreviousNonBlank(i) is var above && above > index && lines.IsBylineOrDate(above))
                    || (lines.NextNonBlank(i, end) is var under && under < end && lines.IsBylineOrDate(under))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Fifteen minutes on the phone: what Obama's call to Rouhani does and doesn't change": a headline may run past a
    /// paragraph's length, but without a sentence's end, and never to two lines' worth.
    /// </summary>
    private static bool IsParagraph(string text) =>
        text.Length >= ParagraphLength && (Words.EndsSentence(text) || text.Length >= 2 * ParagraphLength);

    /// <summary>Above the masthead only the page's chrome: a headline there would be the page's own, and the line its standfirst.</summary>
    private static bool HasHeadlineAbove(PageLines lines, int masthead, Func<int, bool> isHeadline)
    {
        for (var i = masthead - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank && isHeadline(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Statehouse Notebook", "Cascade Commons": a name of a few capitalised words, no date, no sentence.</summary>
    internal static bool IsMasthead(string text) =>
        Words.Count(text) is >= 1 and <= 4 && char.IsUpper(text.AsSpan().TrimStart()[0]) && !Words.HasDigit(text) && !Words.EndsSentence(text);
}
