using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="player-closedcaption"&gt;&lt;header&gt;Closed Captioning&lt;/header&gt; … &lt;input type="radio"&gt;&lt;label&gt;ON&lt;/label&gt;
/// … font &lt;select&gt;…&lt;/select&gt; size T T T color&lt;/div&gt;": a video player's subtitle settings, whose class names the
/// captions of the film ("closedcaption") and so reads as a picture's caption. A box that holds the controls of a form (a
/// `select`, a radio button or a check box) and no picture sets something; no picture's caption is written with them.
/// ClosedCaptionsMenu (a widening): "&lt;div class="closed-captions"&gt;&lt;button class="cc"&gt;CC&lt;/button&gt;&lt;ul&gt;&lt;li&gt;Off&lt;/li&gt;
/// &lt;li&gt;English&lt;/li&gt;&lt;/ul&gt;&lt;/div&gt;" in an inline player's control bar: the subtitle menu as a button and a list,
/// no form control, but its class names the film's closed captions, which no picture has: its languages are no caption.
/// Cost: asked only of elements already taken for captions: one selector search inside each, one look at the class.
/// </summary>
internal static class ControlPanelCaption
{
    public static bool Is(IElement caption) =>
        caption.LocalName != "figcaption"
        && (caption.SelectFirst("select, input[type='radio'], input[type='checkbox']") is not null || NamesClosedCaptions(caption.ClassName))
        && caption.SelectFirst("img, picture, video") is null;

    /// <summary>"closed-captions", "closedcaption", "player__closed_captions": a class naming a film's subtitles.</summary>
    private static bool NamesClosedCaptions(string? className)
    {
        // "closed" opening a word: "enclosed-caption" names a box's layout, no subtitles.
        var closed = className.AsSpan().IndexOf("closed", StringComparison.OrdinalIgnoreCase);
        if (closed < 0 || (closed > 0 && char.IsLetter(className![closed - 1])))
        {
            return false;
        }

        var after = className.AsSpan(closed + "closed".Length);
        return after.StartsWith("caption", StringComparison.OrdinalIgnoreCase)
            || (after.Length > 1 && after[0] is '-' or '_' && after[1..].StartsWith("caption", StringComparison.OrdinalIgnoreCase));
    }
}
