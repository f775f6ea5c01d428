namespace Ingestion.Parser.Core;

/// <summary>
/// "Post by: Belief Blog Editor", "Posted by: WNN Money Desk" over "Filed under: …": a blog template's post credit under
/// the text, filled with a desk's name or the byline's names. It credits the post and says nothing of the story.
/// </summary>
internal static class PostCreditLine
{
    private const int MaxLength = 60;

    /// <summary>Whether the line is the template's labelled post credit ("Post by: …", "Posted by: …").</summary>
    public static bool Is(string text) =>
        text.Length < MaxLength && (text.StartsWith("Post by:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Posted by:", StringComparison.OrdinalIgnoreCase));
}
