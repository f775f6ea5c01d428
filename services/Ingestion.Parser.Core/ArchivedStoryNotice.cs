namespace Ingestion.Parser.Core;

/// <summary>
/// "The article you requested has been archived": a paper's page for a story older than its free window keeps the
/// headline, byline and opening paragraph and prints, in place of the rest, a box that says so, tells the reader how long
/// stories stay free and links to the paid archive ("Click here to search for this article within the archive."). The
/// notice and the box's lines under it are no text of the story: the shown part of the text ends at the notice, as at a
/// paywall's. Only a short line that opens with "the article/story/page you requested" and says it "has been archived"
/// (or "was archived", "is archived"): a story's own "The records you requested have been archived, the clerk said." is
/// prose, and so is a long line that opens so.
/// Cost: a length and first-letter check a line; the prefix match and word search only on a match.
/// </summary>
internal static class ArchivedStoryNotice
{
    private const int MaxLength = 90;

    private static readonly PrefixSet Openings = new(
        "the article you requested", "the story you requested", "the page you requested", "the item you requested",
        "this article has been archived", "this story has been archived");

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length is >= 25 and <= MaxLength && text[0] is 'T' or 't' && Openings.Matches(text)
            && (text.IndexOf("has been archived", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("was archived", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("is archived", StringComparison.OrdinalIgnoreCase) >= 0);
    }
}
