using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="topicPicker" style="display: none"&gt;…&lt;div class="topic"&gt;&lt;img src="icon-ferries.png"&gt;&lt;p&gt;Ferries&lt;/p&gt;&lt;/div&gt;…":
/// a trade site's article template carries a questionnaire widget under the text, hidden by its inline style until a
/// script picks one of its variants; its tiles set an icon over a one-word label, which read as a picture over its
/// caption. A picture inside a box the page's own markup hides ("display: none" in its style attribute) is shown to no
/// reader, so the line under it is no caption. Only the inline style is asked: a class that a stylesheet may hide on
/// one screen only (Bootstrap's "hidden-xs") says nothing for sure.
/// Cost: asked once per picture the caption reader meets outside a figure; a walk up its ancestors reading one
/// attribute each, no allocation.
/// </summary>
internal static class HiddenBoxPicture
{
    public static bool Is(IElement image)
    {
        for (var box = image.ParentElement; box is not null && box.LocalName is not ("body" or "html"); box = box.ParentElement)
        {
            // The plain utility class "hidden" hides the box as surely (HiddenClassBoxPicture).
            if ((box.GetAttribute("style") is { } style && InlineStyle.HidesDisplay(style)) || HiddenClassBoxPicture.IsHiddenBox(box))
            {
                return true;
            }
        }

        return false;
    }
}
