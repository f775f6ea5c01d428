using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;a href="https://twitter.com/intent/tweet?url=…&amp;amp;text=If%20something…"&gt;If something isn't
/// convenient …, why is it so hard to say no?&lt;/a&gt;&lt;/p&gt;": a blog's "click to tweet" plug-ins set a sentence of the
/// text as a link that opens a tweet of it. The paragraph is one link, the shape of a teaser to another story, but the
/// link leads to no story: it shares the sentence, which is the writer's text. A share button ("Tweet", "Share on
/// Twitter") is a few words; the sentence is longer.
/// </summary>
internal static class TweetableSentenceLink
{
    private const int MinimumWords = 6;

    public static bool Is(IElement link) =>
        link.GetAttribute("href") is { } href && IsTweetIntent(href) && Words.CountUpTo(link.TextContent, MinimumWords) >= MinimumWords;

    /// <summary>"https://twitter.com/intent/tweet?…text=…", "//x.com/share?text=…": a tweet to write, with its text given.</summary>
    private static bool IsTweetIntent(string href)
    {
        var address = href.AsSpan();
        var scheme = address.IndexOf("//", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return false;
        }

        var rest = address[(scheme + 2)..];
        if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        var path = rest.StartsWith("twitter.com/", StringComparison.OrdinalIgnoreCase) ? rest["twitter.com/".Length..]
            : rest.StartsWith("x.com/", StringComparison.OrdinalIgnoreCase) ? rest["x.com/".Length..]
            : [];
        return (path.StartsWith("intent/tweet?", StringComparison.OrdinalIgnoreCase) || path.StartsWith("share?", StringComparison.OrdinalIgnoreCase))
            && (path.Contains("?text=", StringComparison.OrdinalIgnoreCase) || path.Contains("&text=", StringComparison.OrdinalIgnoreCase));
    }
}
