using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "412 people listening" over "214 Comments", "1,204 readers viewing": a comment widget's (Livefyre's) count of who has
/// the page open, printed over the thread. A number and a verb of watching, never the article's words; and the page's
/// own view counter ("Views: 212", "1,234 views") under its text, and a blog's count of its followers.
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

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
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

    private static bool IsCount(ReadOnlySpan<char> text) => !text.IsEmpty && char.IsAsciiDigit(text[0]) && !text.ContainsAnyExcept(CountCharacters);
}
