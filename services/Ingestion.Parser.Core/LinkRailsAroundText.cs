namespace Ingestion.Parser.Core;

/// <summary>
/// "関連ニュース" / four teaser headlines / "PR情報" / "トップニュース" …, or "Commenting Rules ›" / "TMZ ON TV" / "Watch TMZ on
/// TV:" …: a text browser prints the site's rails, menus and footer under the article (some pages print their footer
/// over it too), and no rule can name them all. Their shape tells them: a run of short lines that end no sentence, on the
/// side of the text where prose is scarce. The text ends where such a run starts under it, and starts where one ends
/// over it.
/// </summary>
/// <remarks>
/// An article's own lists look alike but either stand under a line that announces them ("Salt Year:", "The 2014
/// commitments:") or have the text go on under them, which a rail's tail never does; and a page's last lines, a signature
/// or a writer's card, are read before this.
/// </remarks>
internal static class LinkRailsAroundText
{
    private const int MinRunLines = 4;
    private const int MaxRailLineWords = 14;
    private const int MaxExclaimedHeadlineWords = 10;
    private const int MinProseWords = 12;
    private const int MinProseOverRun = 2;

    // A rail's side of the text may hold a teaser's blurb or a footer's copyright sentence, not much more.
    private const double MaxRailSideProseShare = 0.34;

    public static void RemoveFrom(List<string> body)
    {
        RemoveUnder(body);
        RemoveOver(body);
    }

    private static void RemoveUnder(List<string> body)
    {
        var proseAbove = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (!IsRailLine(body[i]))
            {
                proseAbove += IsProse(body[i]) ? 1 : 0;
                continue;
            }

            var start = i;
            while (i + 1 < body.Count && IsRailLine(body[i + 1]))
            {
                i++;
            }

            if (i - start + 1 >= MinRunLines && start > 0 && proseAbove >= MinProseOverRun && !AnnouncesList(body[start - 1]) && IsRailTail(body, start))
            {
                body.RemoveRange(start, body.Count - start);
                return;
            }
        }
    }

    /// <summary>
    /// "Customer Support" / "+ Careers" / … / "Sign In", then the article: where the first two paragraphs running stand
    /// right under a rail, and the lines over it hold little prose, the text starts there.
    /// </summary>
    private static void RemoveOver(List<string> body)
    {
        var text = FirstProseRunning(body, 0);
        if (text >= MinRunLines && Enumerable.Range(text - MinRunLines, MinRunLines).All(line => IsRailLine(body[line]))
            && ProseShare(body, 0, text) <= MaxRailSideProseShare)
        {
            body.RemoveRange(0, text);
        }
    }

    private static bool IsRailTail(List<string> body, int start) =>
        FirstProseRunning(body, start) < 0 && ProseShare(body, start, body.Count) <= MaxRailSideProseShare;

    /// <summary>The first of two paragraphs of prose running from <paramref name="start"/> on, or -1.</summary>
    private static int FirstProseRunning(List<string> body, int start)
    {
        for (var i = start; i + 1 < body.Count; i++)
        {
            if (IsProse(body[i]) && IsProse(body[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static double ProseShare(List<string> body, int start, int end)
    {
        long prose = 0, all = 0;
        for (var i = start; i < end; i++)
        {
            prose += IsProse(body[i]) ? body[i].Length : 0;
            all += body[i].Length;
        }

        return all == 0 ? 0 : (double)prose / all;
    }

    // "… (Kline kick)" or "[PDF]" closes a score line or a link's note, which belong to lists, not rails. A teaser's
    // headline may close on "!" or "?" ("Can't See? Pass The Ice Cream!"), a few words as a rail's line is.
    private static bool IsRailLine(string paragraph)
    {
        if (paragraph.Length == 0 || paragraph[^1] is ')' or ']')
        {
            return false;
        }

        var words = IdeographicWords.CountUpTo(paragraph, MaxRailLineWords);
        return words <= MaxRailLineWords && (!Words.EndsSentence(paragraph) || (words <= MaxExclaimedHeadlineWords && paragraph[^1] is '!' or '?' or '…'));
    }

    private static bool IsProse(string paragraph) =>
        Words.EndsSentence(paragraph) && IdeographicWords.CountUpTo(paragraph, MinProseWords) >= MinProseWords;

    private static bool AnnouncesList(string paragraph) => paragraph.Length > 0 && paragraph[^1] is ':' or '：';
}
