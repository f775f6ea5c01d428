using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="og:title" content="verein-kinderrad-test-fruehjahr-2019"&gt;" over "&lt;h1&gt;12 Kinderräder im Test: Drei
/// fallen durch&lt;/h1&gt;": a club's or an agency's content system fills the sharing title with the page's item name, the
/// address slug, where no editor wrote one. A slug (lower-case words joined by hyphens, no space) is no headline; the
/// page's one top-level heading is, and with none or several the headline is left to the other readings.
/// </summary>
internal static class SlugShareTitle
{
    private const int MinHyphens = 2;

    public static bool Is(string? title)
    {
        if (title is null)
        {
            return false;
        }

        var text = title.AsSpan().Trim();
        return text.Count('-') >= MinHyphens && !text.ContainsAnyExcept(SlugCharacters) && text[0] != '-' && text[^1] != '-';
    }

    /// <summary>The page's only h1, as shown; null when it has none or several.</summary>
    public static string? ShownHeadline(IDocument document) =>
        document.SelectAll("h1") is [var heading] && Whitespace.Collapse(heading.TextContent) is { Length: > 0 } text ? text : null;

    private static readonly System.Buffers.SearchValues<char> SlugCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");
}
