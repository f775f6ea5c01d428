namespace Ingestion.Parser.Core;

/// <summary>
/// The whole page read as text takes the date nearest the headline it found; when a left rail opens the page ("This
/// Week's Issue" / "Sept. 25, 2013" / "Vol. 119, No. 39" over forty back-issue links), that headline is the rail's and the
/// date is a back issue's. When the page's headline is known otherwise (the document title) and is not the one the whole
/// page's reading chose, the date under it in the story's own block ("By Earlene Foss" / "September 25, 2013") wins.
/// </summary>
internal static class StoryDateUnderTitle
{
    /// <summary>The story block's date when the whole page's reading chose another headline than <paramref name="title"/>; else null.</summary>
    public static string? Instead(string? title, string? pageTitle, PageTime? storyDate) =>
        title is not null && pageTitle is not null && storyDate is { } date && !string.Equals(title, pageTitle, StringComparison.Ordinal)
            ? date.ToIso()
            : null;
}
