namespace Ingestion.Parser.Core;

/// <summary>
/// "Copyright © 2013 The Tri-Valley Herald" in small print right under the story's last paragraph, inside the cell or
/// box that holds the text: the paper's notice, no paragraph of the story.
/// </summary>
internal static class CopyrightUnderText
{
    /// <summary>A notice is one short line; a paragraph that opens with "Copyright" and goes on is the story's.</summary>
    private const int MaxNoticeLength = 120;

    public static List<string> Without(List<string> body) =>
        body.Count > 1 && body[^1].Length <= MaxNoticeLength && (body[^1].StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) || body[^1].StartsWith('©'))
        && CommentHeadings.Classify(body[^1]) == CommentHeadings.Kind.Footer
            ? body[..^1]
            : body;
}
