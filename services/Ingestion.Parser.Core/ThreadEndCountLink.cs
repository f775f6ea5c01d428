namespace Ingestion.Parser.Core;

/// <summary>
/// "Vos réactions" / "Réagir" / four comments / "Voir les 12 réactions": a regional site shows the latest few comments
/// under a heading without a count and ends the box with a counted link to the whole thread. That last line declares
/// the count; it does not head the thread, so the comments above it stay.
/// </summary>
internal static class ThreadEndCountLink
{
    public static bool Is(string line, int index, int lineCount) =>
        index > 0 && index == lineCount - 1 && line.Length < 60 && CommentHeadings.IsAllCommentsLink(line);
}
