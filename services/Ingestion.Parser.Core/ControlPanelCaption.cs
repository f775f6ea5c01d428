using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="player-closedcaption"&gt;&lt;header&gt;Closed Captioning&lt;/header&gt; … &lt;input type="radio"&gt;&lt;label&gt;ON&lt;/label&gt;
/// … font &lt;select&gt;…&lt;/select&gt; size T T T color&lt;/div&gt;": a video player's subtitle settings, whose class names the
/// captions of the film ("closedcaption") and so reads as a picture's caption. A box that holds the controls of a form (a
/// `select`, a radio button or a check box) and no picture sets something; no picture's caption is written with them.
/// Cost: asked only of elements already taken for captions: one selector search inside each.
/// </summary>
internal static class ControlPanelCaption
{
    public static bool Is(IElement caption) =>
        caption.LocalName != "figcaption"
        && caption.SelectFirst("select, input[type='radio'], input[type='checkbox']") is not null
        && caption.SelectFirst("img, picture, video") is null;
}
