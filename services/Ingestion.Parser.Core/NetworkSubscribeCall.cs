namespace Ingestion.Parser.Core;

/// <summary>
/// "For access to exclusive gear videos, celebrity interviews, and more, subscribe on YouTube!", "Follow us on Instagram.":
/// the site's call to subscribe to or follow its own channel, which a template sets under every story's text. Its last
/// clause is the call, an imperative opening it ("subscribe", "follow us", "like us") and a social network's name ending it
/// ("… on YouTube!", "… to our YouTube channel."). A writer's sentence about someone's channel reports the call ("He asked
/// fans to subscribe on YouTube."), so its last clause opens with a subject, never with the verb.
/// Cost: a length and last-character check a line; on a candidate one backward scan for the last clause and a few word compares.
/// </summary>
internal static class NetworkSubscribeCall
{
    private const int MaxLength = 200;

    /// <summary>The call's clause is short: the verb, a preposition or "to our", the network and at most "channel".</summary>
    private const int MaxCallLength = 60;

    private static readonly PrefixSet Calls = new("subscribe ", "follow us ", "like us ");

    /// <summary>"… to our YouTube channel", "… on our Facebook page": the word after the network's name.</summary>
    private static readonly WordSet AccountWords = new("channel", "page", "account", "feed");

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 20 or > MaxLength || text[^1] is not ('!' or '.'))
        {
            return false;
        }

        // The call is the last clause, after a comma or a sentence of lead-in ("Want more interviews like this? Subscribe …").
        var clause = text[..^1].TrimEnd();
        for (var i = clause.Length - 2; i > 0; i--)
        {
            if (clause[i + 1] == ' ' && clause[i] is ',' or '?' or '!' or '.')
            {
                clause = clause[(i + 2)..];
                break;
            }
        }

        if (clause.Length > MaxCallLength || !Calls.Matches(clause))
        {
            return false;
        }

        var last = LastWord(clause, out var before);
        if (AccountWords.Contains(last))
        {
            last = LastWord(before, out _);
        }

        return SocialNetworkIcon.IsNetworkName(last);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text, out ReadOnlySpan<char> before)
    {
        text = text.TrimEnd();
        var space = text.LastIndexOf(' ');
        before = space < 0 ? [] : text[..space];
        return text[(space + 1)..];
    }
}
