namespace Ingestion.Parser.Core;

/// <summary>
/// "More Stories By Lisa" / three headlines / "View All" / "April 15, 2019 6:18am": the link that closes a list of
/// related stories between the headline and the text ends it, so the date under it is the story's, not the last item's.
/// </summary>
internal static class ListCloserLink
{
    private static readonly WordSet Closers = new(["view all", "see all", "show all", "view all stories", "see all stories", "view all posts", "see all posts", "view more", "see more", "show more", "more stories"]);

    public static bool Is(string line) => Closers.Contains(line.AsSpan().Trim(" »›>→"));
}
