using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "412 people listening" over "214 Comments", "1,204 readers viewing": a comment widget's (Livefyre's) count of who has
/// the page open, printed over the thread. A number and a verb of watching, never the article's words; and the page's
/// own view counter ("Views: 212", "1,234 views") under its text, and a blog's count of its followers.
/// WordPress's Top 10 plug-in prints its tally under the post as "(Visited 1,234 times, 39 visits today)".
/// </summary>
internal static class AudienceCounter
{
    private static readonly SearchValues<char> CountCharacters = SearchValues.Create("0123456789,.");

    private static readonly WordSet Audiences = new(["people", "users", "readers", "others"]);

    private static readonly WordSet Verbs = new(["listening", "reading", "viewing", "watching", "online", "here now"]);

    /// <summary>
    /// "Views: 212", "Aufrufe: 212": a page's view counter, labelled, alone on its line. Joomla's "Hits: 1342" closes the
    /// article's details block over the text, which the byline block's rules read as they stand.
    /// </summary>
    private static readonly PrefixSet ViewLabels = new(["views:", "page views:", "aufrufe:", "zugriffe:", "vues :", "vues:", "visitas:", "lecturas:", "visualizzazioni:"]);

    /// <summary>"1,234 views", "12 Aufrufe": the counter with its number first.</summary>
    private static readonly WordSet ViewWords = new(["views", "hits", "aufrufe", "vues", "visitas", "lecturas", "visualizzazioni"]);

    /// <summary>"Join 1,204 other followers": a blog's follow box counts who follows it already.</summary>
    private const string JoinPrompt = "Join ";

    private static readonly WordSet Followers = new(["other followers", "other subscribers"]);

    /// <summary>"Visited 1,234 times": the Top 10 plug-in's tally of all visits, before its count of today's.</summary>
    private const string VisitedOpening = "Visited ";

    private static readonly WordSet VisitTimes = new(["time", "times"]);

    /// <summary>"39 visits today", "1 visit today", and the plug-in's older "1 visit(s) today".</summary>
    private static readonly WordSet VisitsToday = new(["visits today", "visit today", "visit(s) today"]);

    /// <summary>The longest tally: "(Visited 1,234,567 times, 12,345 visits today)".</summary>
    private const int LongestVisitTally = 60;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is > 0 and <= LongestVisitTally && text[0] is '(' or 'V' or 'v' && IsVisitTally(text))
        {
            return true;
        }

        if (text.Length is 0 or > 40)
        {
            return false;
        }

        if (ViewLabels.MatchLength(text) is > 0 and var label)
        {
            return IsCount(text[label..].Trim());
        }

        if (text.StartsWith(JoinPrompt, StringComparison.OrdinalIgnoreCase))
        {
            var count = text[JoinPrompt.Length..];
            return count.IndexOf(' ') is > 0 and var end && !count[..end].ContainsAnyExcept(CountCharacters) && Followers.Contains(count[(end + 1)..]);
        }

        if (!char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var space = text.IndexOf(' ');
        if (space < 0 || text[..space].ContainsAnyExcept(CountCharacters))
        {
            return false;
        }

        var rest = text[(space + 1)..].TrimStart();
        if (ViewWords.Contains(rest))
        {
            return true;
        }

        var next = rest.IndexOf(' ');
        if (next > 0 && Audiences.Contains(rest[..next]))
        {
            rest = rest[(next + 1)..].TrimStart();
        }

        return Verbs.Contains(rest);
    }

    /// <summary>
    /// "(Visited 1 times, 39 visits today)", "Visited 1,234 times": the whole line a tally of visits, in brackets or not, today's
    /// count after a comma or none.
    /// </summary>
    private static bool IsVisitTally(ReadOnlySpan<char> text)
    {
        if (text[0] == '(')
        {
            if (text[^1] != ')')
            {
                return false;
            }

            text = text[1..^1].Trim();
        }

        if (!text.StartsWith(VisitedOpening, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[VisitedOpening.Length..].TrimStart();
        var space = rest.IndexOf(' ');
        if (space <= 0 || !IsCount(rest[..space]))
        {
            return false;
        }

        rest = rest[(space + 1)..];
        var comma = rest.IndexOf(',');
        if (!VisitTimes.Contains((comma < 0 ? rest : rest[..comma]).Trim()))
        {
            return false;
        }

        if (comma < 0)
        {
            return true;
        }

        var today = rest[(comma + 1)..].Trim();
        var gap = today.IndexOf(' ');
        return gap > 0 && IsCount(today[..gap]) && VisitsToday.Contains(today[(gap + 1)..].Trim());
    }

    private static bool IsCount(ReadOnlySpan<char> text) => !text.IsEmpty && char.IsAsciiDigit(text[0]) && !text.ContainsAnyExcept(CountCharacters);
}
