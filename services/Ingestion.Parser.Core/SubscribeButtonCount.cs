using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Subscribe 412 subscribers", "Follow 1,204 followers", "2,310 fans": a writer's or a blog's follow button printed with
/// the count beside it, as a browser's text copy runs the button and its badge together. A count of who follows, never
/// the article's words.
/// </summary>
internal static class SubscribeButtonCount
{
    private static readonly SearchValues<char> CountCharacters = SearchValues.Create("0123456789,.");

    private static readonly WordSet Buttons = new(["subscribe", "follow", "join", "abonnieren", "folgen", "s'abonner", "suivre", "suscribirse", "seguir"]);

    private static readonly WordSet Followers = new(
        ["subscribers", "subscriber", "followers", "follower", "fans", "fan", "members", "abonnenten", "abonnés", "suscriptores", "seguidores"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 5 or > 40 || !char.IsLetter(text[^1]))
        {
            return false;
        }

        var last = text.LastIndexOf(' ');
        if (last <= 0 || !Followers.Contains(text[(last + 1)..]))
        {
            return false;
        }

        var count = text[..last].TrimEnd();
        var space = count.LastIndexOf(' ');
        if (space >= 0 && !Buttons.Contains(count[..space].Trim()))
        {
            return false;
        }

        count = count[(space + 1)..];
        return !count.IsEmpty && char.IsAsciiDigit(count[0]) && !count.ContainsAnyExcept(CountCharacters);
    }
}
