using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;blockquote class="instagram-media"&gt;… A photo posted by Name on &lt;time datetime="…"&gt;Dec 5 …&lt;/time&gt;&lt;/blockquote&gt;":
/// a social post embedded in the text, saved as the blockquote its script starts from, carries the post's own time. It
/// says when the quoted post went up, not when the story did, so it is none of the page's marked times (the story's own
/// `time` may carry no `datetime` at all, and the embed's would then win). Known by an ancestor `blockquote` whose class
/// names an embed ("instagram-media", "twitter-tweet", "tiktok-embed", "fb-post", "threads-embed"). Cost: asked once per
/// `time` element in the one walk that collects them: an ancestor walk and, for a blockquote, a class search.
/// </summary>
internal static class EmbeddedPostTime
{
    private static readonly string[] EmbedClassWords = ["instagram", "tweet", "tiktok", "fb-post", "threads", "embed"];

    public static bool Is(IElement time)
    {
        for (var ancestor = time.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "blockquote" && ancestor.GetAttribute("class") is { Length: > 0 } classes)
            {
                foreach (var word in EmbedClassWords)
                {
                    if (classes.Contains(word, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
