using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "412 people listening" over "214 Comments", "1,204 readers viewing": a comment widget's (Livefyre's) count of who has
/// the page open, printed over the thread. A number and a verb of watching, never the article's words.
/// </summary>
internal static class AudienceCounter
{
    private static readonly SearchValues<char> CountCharacters = SearchValues.Create("0123456789,.");

    private static readonly WordSet Audiences = new(["people", "users", "readers", "others"]);

    private static readonly WordSet Verbs = new(["listening", "reading", "viewing", "watching", "online", "here now"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is 0 or > 40 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var space = text.IndexOf(' ');
        if (space < 0 || text[..space].ContainsAnyExcept(CountCharacters))
        {
            return false;
        }

        var rest = text[(space + 1)..].TrimStart();
        var next = rest.IndexOf(' ');
        if (next > 0 && Audiences.Contains(rest[..next]))
        {
            rest = rest[(next + 1)..].TrimStart();
        }

        return Verbs.Contains(rest);
    }
}
