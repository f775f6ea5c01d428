namespace Ingestion.Parser.Core;

/// <summary>
/// "Featured in World" / "Photos: Terror at the Westgate mall" / "Who are al-Shabab?": a link to a photo gallery among a
/// rail's links, its label opening the gallery's title. It reads as a caption line, but a caption or a credit stands
/// apart from the links (a blank line over it), and a credit names a photographer or an agency ("Photos: Name/AP").
/// </summary>
internal static class GalleryLinkInList
{
    private static readonly PrefixSet Labels = new(["photos: ", "photo gallery: ", "gallery: "]);

    private const int MaxLength = 120;

    /// <summary>Whether the line, right under a list's heading or another of its links, is such a gallery link.</summary>
    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim();
        return index > 0 && !lines[index - 1].IsBlank && text.Length <= MaxLength && Labels.Matches(text) && !Words.EndsSentence(text)
            && !text.ContainsAny('/', '(', '|');
    }
}
