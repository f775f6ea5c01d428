namespace Ingestion.Parser.Core;

/// <summary>
/// "The post State prepares for shutdown as federal deadline nears appeared first on State House Notes.": the line an SEO
/// plugin adds under every post in a blog's RSS feed, so a copy read from the feed (a feed reader's page, a scraper that
/// took the feed) carries it under the text. It names the post and the blog; it is no paragraph.
/// </summary>
internal static class FeedPostFooter
{
    private const string Opening = "The post ";

    private const string Middle = " appeared first on ";

    /// <remarks>The opening words turn down almost every line before the search of the middle.</remarks>
    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 30 and < 400 && text.StartsWith(Opening, StringComparison.Ordinal) && text[^1] == '.'
        && text.IndexOf(Middle, StringComparison.Ordinal) > Opening.Length;
}
