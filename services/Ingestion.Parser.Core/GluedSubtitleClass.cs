namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="maintitle"&gt;&lt;h1&gt;Headline&lt;/h1&gt;&lt;h2 class="mainsubtitle"&gt;Choose your words wisely.&lt;/h2&gt;":
/// a theme glues its own prefix to the class word of the summary under a headline ("mainsubtitle", "postSubtitle",
/// "articlesubtitle"), where most themes part it ("entry-subtitle"). The class still names the standfirst.
/// </summary>
internal static class GluedSubtitleClass
{
    private const string Subtitle = "subtitle";

    /// <summary>A prefix longer than this is no theme's word for where the summary stands.</summary>
    private const int LongestPrefix = 8;

    /// <summary>Whether a part of the class names (split at spaces, hyphens and underscores) is a short prefix glued to "subtitle".</summary>
    public static bool Names(ReadOnlySpan<char> classNames)
    {
        foreach (var range in classNames.SplitAny(" -_"))
        {
            var part = classNames[range];
            if (part.Length > Subtitle.Length && part.Length <= Subtitle.Length + LongestPrefix && part.EndsWith(Subtitle, StringComparison.OrdinalIgnoreCase)
                && !part[..^Subtitle.Length].ContainsAnyExcept(AsciiLetters))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
