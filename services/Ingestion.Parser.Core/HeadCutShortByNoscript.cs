using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;head&gt;… &lt;noscript&gt;&lt;iframe src="…tag manager…"&gt;&lt;/iframe&gt;&lt;/noscript&gt; &lt;meta property="og:site_name" …&gt; …
/// &lt;/head&gt;": a browser runs scripts, so it reads the noscript as text and keeps the metas after it in the head; a parser
/// without scripts ends the head at the iframe and opens the body with it, the rest of the head's metas with it. Those
/// metas, before anything the body shows, are the head's: they go back to it, so the page's metadata is read whole.
/// </summary>
internal static class HeadCutShortByNoscript
{
    public static void Restore(IDocument document)
    {
        if (document.Head is not { } head || document.Body is not { } body || body.FirstElementChild is not { } first || !IsHeadElement(first))
        {
            return;
        }

        List<IElement>? metas = null;
        for (var element = first; element is not null && IsHeadElement(element); element = element.NextElementSibling)
        {
            if (element.LocalName == "meta")
            {
                (metas ??= []).Add(element);
            }
        }

        foreach (var meta in metas ?? [])
        {
            head.AppendChild(meta);
        }
    }

    private static bool IsHeadElement(IElement element) =>
        element.LocalName is "meta" or "link" or "script" or "style" or "noscript" or "base" or "title"
        || (element.LocalName == "iframe" && IsHiddenFrame(element))
        || EmptyDivInHead.Is(element) || HiddenConfigDivInHead.Is(element) || IsHiddenField(element) || TrackingPixelInHead.Is(element);

    /// <summary>
    /// HiddenFieldInHead (a widening): "&lt;input type="hidden" id="pageType" value="article"&gt;" set among the head's
    /// metas, which a parser ends the head at as it does at the frame; a browser too, but the field shows nothing.
    /// </summary>
    private static bool IsHiddenField(IElement element) =>
        element.LocalName == "input" && string.Equals(element.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tag manager's frame the noscript held, which the parser moved out of it: nothing shown, nothing sized.</summary>
    private static bool IsHiddenFrame(IElement frame) =>
        frame.GetAttribute("height") == "0" || frame.GetAttribute("style")?.Contains("display:none", StringComparison.OrdinalIgnoreCase) == true;
}
