using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure class="standard-video inline-media"&gt;&lt;div class="video-player"&gt;&lt;div style="background-image:…"&gt;…&lt;/div&gt;
/// &lt;figcaption&gt;Harbour Talks: Ferries and Fares&lt;/figcaption&gt;&lt;/figure&gt;": a figure its class names a video, holding a
/// player and no picture, captions the clip with its title. A video's title under its player is a teaser, as
/// "Video: … (1:42)" is in a text (t274), no photo's caption; a figure holding a picture keeps its caption, and so does a
/// caption that ends like a sentence ("Video shot and edited by Jane Roe."), which credits or describes the clip as a
/// photo's caption does, where a title names it.
/// </summary>
internal static class VideoFigureCaption
{
    public static bool Is(IElement caption)
    {
        if (caption.LocalName != "figcaption" || caption.ParentElement is not { LocalName: "figure" } figure
            || figure.GetAttribute("class") is not { Length: > 0 } names || !NamesVideo(names))
        {
            return false;
        }

        return figure.SelectFirst("img, picture") is null && !EndsLikeSentence(caption.TextContent.AsSpan().TrimEnd());
    }

    private static bool EndsLikeSentence(ReadOnlySpan<char> text) => text.Length > 0 && text[^1] is '.' or '!' or '?';

    private static readonly WordSet VideoWord = new(["video"]);

    /// <summary>"standard-video", "video_embed", "inline video": the word "video" among the class's parts.</summary>
    private static bool NamesVideo(string names) => VideoWord.ContainsNamePart(names);
}
