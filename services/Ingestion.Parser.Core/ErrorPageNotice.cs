namespace Ingestion.Parser.Core;

/// <summary>
/// "Sorry, the page you requested is unavailable", "This content is no longer available.": the text a site serves
/// where a removed or expired story stood, while its headline and byline still load around it. The notice and what
/// follows it (the apology's advice, "Try these instead:" links) are no text of the story; the story's text is gone.
/// </summary>
internal static class ErrorPageNotice
{
    private const int MaxLength = 120;

    private static readonly PrefixSet Notices = new(
    [
        "sorry, the page you requested", "sorry, the page you are looking for", "sorry, the story you requested", "sorry, this page is",
        "sorry, this content is", "sorry, this article is", "this content is no longer available", "this content is not available",
        "this article is no longer available", "this story is no longer available", "this page is no longer available",
        "the page you requested is unavailable", "the page you requested could not be found", "the page you requested was not found",
        "the story you requested is unavailable", "this video is no longer available",
    ]);

    public static bool Is(ReadOnlySpan<char> text) => text.Length <= MaxLength && Notices.Matches(text.Trim());
}
