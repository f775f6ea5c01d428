using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;div class="cnnhdr"&gt;Powered by SmartAsset.com&lt;/div&gt;&lt;iframe …&gt;&lt;/iframe&gt;&lt;div&gt;&lt;a&gt;Disclosures&lt;/a&gt;
/// &lt;a&gt;SmartAsset.com&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;": a third party's widget set in the text, its frame filled by the
/// widget's own page and framed by the supplier's credit and links. Without the frame's content, what is left is the
/// supplier's labels, no part of the story.
/// </summary>
internal static class IframeWidgetBox
{
    /// <summary>A widget's labels are a credit and a link or two; a box with more words is the text's.</summary>
    private const int LongestLabels = 120;

    public static void Remove(IElement root)
    {
        foreach (var frame in root.SelectAll("iframe").ToList())
        {
            if (frame.ParentElement is { LocalName: "div" or "aside" or "section" } box && box != root && root.Contains(box)
                && ShownLength.Of(ShownText(box)) <= LongestLabels && box.SelectFirst("p, li, blockquote, h1, h2, h3, h4, h5, h6, figure, video") is null
                && box.SelectAll("img").All(IsTrackingPixel))
            {
                box.Remove();
            }
        }
    }

    /// <summary>"&lt;img src="…/ck" style="height:0px; width:0px; display: none"&gt;": a counter's pixel, no picture.</summary>
    private static bool IsTrackingPixel(IElement image) =>
        (image.GetAttribute("style") is { } style && InlineStyle.HidesDisplay(style))
        || image.GetAttribute("width") is "0" or "1" || image.GetAttribute("height") is "0" or "1";

    /// <summary>The box's text without its scripts' and styles' bodies, which a reader never sees.</summary>
    private static string ShownText(IElement box)
    {
        var text = box.TextContent;
        foreach (var hidden in box.SelectAll("script, style"))
        {
            text = text.Replace(hidden.TextContent, string.Empty, StringComparison.Ordinal);
        }

        return text;
    }
}
