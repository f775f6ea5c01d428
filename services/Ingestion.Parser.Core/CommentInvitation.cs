using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Have something to add to this story? Share it in the comments.": a blog template's standing line under every post,
/// asking readers into the thread, no part of the story. A writer's own question to readers ("Who was your best dressed?
/// Tell us in the comments below!", <c>t259</c>) is the story's last paragraph.
/// </summary>
internal static class CommentInvitation
{
    private const int MaxLength = 140;

    private static readonly SearchValues<string> Thread = SearchValues.Create(["in the comments", "in the comment section", "in the comments section"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Asks = SearchValues.Create(
        ["have something to add to this", "share it in the comments"], StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text) => text.Length <= MaxLength && text.ContainsAny(Thread) && text.ContainsAny(Asks);
}
