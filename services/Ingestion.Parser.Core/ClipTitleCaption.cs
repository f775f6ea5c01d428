using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="js-play-video img-caption img-caption_video"&gt;&lt;i class="fa fa-play"&gt;&lt;/i&gt; &lt;strong&gt;Rocket test: what
/// went wrong?&lt;/strong&gt; &lt;span&gt;2:06&lt;/span&gt;&lt;/div&gt;": an inline player's label under its poster frame names the clip
/// and its running time. It is a video teaser, as "Video: … (1:42)" is in a text (t237), no picture's caption, and no
/// paragraph either. Known by the running time closing it and a play control or a video class on it or inside it.
/// </summary>
internal static class ClipTitleCaption
{
    private const int LongestLabel = 200;

    public static bool Is(IElement caption)
    {
        if (caption.LocalName == "figcaption" || NodeText.IsLongerThan(caption, LongestLabel * 2))
        {
            return false;
        }

        var text = Whitespace.Collapse(caption.TextContent);
        var space = text.LastIndexOf(' ');
        if (text.Length > LongestLabel || space <= 0 || !IsRunningTime(text.AsSpan(space + 1)))
        {
            return false;
        }

        if (NamesPlayer(caption.ClassName))
        {
            return true;
        }

        foreach (var inner in caption.Descendants<IElement>())
        {
            if (NamesPlayer(inner.ClassName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesPlayer(string? className) =>
        className is { Length: > 0 } && (className.Contains("play", StringComparison.OrdinalIgnoreCase) || className.Contains("video", StringComparison.OrdinalIgnoreCase));

    /// <summary>"2:06", "12:40", "1:02:15": minutes and seconds, hours first when long.</summary>
    private static bool IsRunningTime(ReadOnlySpan<char> text)
    {
        text = text.Trim("()");
        var colon = text.IndexOf(':');
        if (colon is < 1 or > 2)
        {
            return false;
        }

        var rest = text[(colon + 1)..];
        if (rest.Length == 5 && rest[2] == ':')
        {
            return IsDigits(text[..colon]) && IsDigits(rest[..2]) && IsDigits(rest[3..]);
        }

        return rest.Length == 2 && IsDigits(text[..colon]) && IsDigits(rest) && rest[0] <= '5';
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
