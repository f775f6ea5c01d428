namespace Ingestion.Parser.Core;

/// <summary>
/// "Get Paul's RSS feed | Get Blue Marble on Twitter", "Get Kevin's RSS feed": a magazine blog's links to the writer's
/// and the blog's feeds, under the byline or the text. Each link of the row offers a feed; none is a caption or text.
/// </summary>
internal static class FeedLinkRow
{
    private static readonly string[] FeedEndings = ["RSS feed", "RSS", "on Twitter", "on Facebook", "newsletter"];

    public static bool Is(ReadOnlySpan<char> text)
    {
        var any = false;
        foreach (var range in text.Split('|'))
        {
            var link = text[range].Trim();
            if (!IsFeedLink(link))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool IsFeedLink(ReadOnlySpan<char> link)
    {
        if (!(link.StartsWith("Get ", StringComparison.Ordinal) || link.StartsWith("Follow ", StringComparison.Ordinal)) || Words.CountUpTo(link, 8) > 7)
        {
            return false;
        }

        foreach (var ending in FeedEndings)
        {
            if (link.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
