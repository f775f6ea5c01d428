namespace Ingestion.Parser.Core;

/// <summary>
/// "[Embed]": an editor's placeholder for an embedded post (a tweet, a video, an Instagram picture) that the page's
/// script replaces, left in the saved copy as the embed's only text. A line that is nothing but one such word in square
/// brackets ("[Embed]", "[Tweet]", "[Video]", "[embedded content]") says nothing a reader reads; a bracketed editor's note
/// in prose ("[this] subsequently …") goes on with words and is never asked. Cost: a first-character test per line, then
/// a bracket test and one set lookup on the few lines that open with "[".
/// </summary>
internal static class EmbedPlaceholderLine
{
    private static readonly WordSet EmbedKinds = new(["embed", "embedded content", "embedded media", "tweet", "video", "instagram", "iframe", "media embed"]);

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 4 and < 30 && text[0] == '[' && text[^1] == ']' && (EmbedKinds.Contains(text[1..^1].Trim()) || IsTaggedEmbed(text[1..^1]));

    /// <summary>
    /// "[Gambas:Video 20detik]", "[Gambas:Instagram]": a CMS's embed tag glued to the kind of the embed by a colon without a
    /// space, the source after it. An editor's note "[Update: video added]" spaces its colon and is no such tag.
    /// </summary>
    private static bool IsTaggedEmbed(ReadOnlySpan<char> inner)
    {
        if (inner.IndexOf(':') is not (> 0 and var colon) || colon + 1 >= inner.Length || inner[colon + 1] == ' ' || inner[..colon].Contains(' '))
        {
            return false;
        }

        var kind = inner[(colon + 1)..];
        return EmbedKinds.Contains(kind.IndexOf(' ') is > 0 and var space ? kind[..space] : kind);
    }
}
