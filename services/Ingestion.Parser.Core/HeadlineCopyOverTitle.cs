namespace Ingestion.Parser.Core;

/// <summary>
/// "Margaret Ann \"Peggy\" Lowell" / "Margaret Ann \"Peggy\" Lowell" / "March 14, 1938 - September 24, 2013": a page that
/// prints its headline twice (the page's heading, then the notice's own over the life dates) shows the name of no
/// publication above the title; a line that repeats the headline is no masthead.
/// </summary>
internal static class HeadlineCopyOverTitle
{
    public static bool Is(string line, string title) =>
        line.Length == title.Length && line.AsSpan().Trim().SequenceEqual(title.AsSpan().Trim());
}
