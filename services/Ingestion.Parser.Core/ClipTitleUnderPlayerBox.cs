using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="videoPlayer"&gt;&lt;script&gt;…&lt;/script&gt;&lt;/div&gt; &lt;sup&gt;Harbour board backs the night ferry&lt;/sup&gt;": a
/// paper's template embeds a clip in the text as a player box a script fills, and prints the clip's title under it in
/// raised, lowered or small print. The title names the clip, as a player's title row does in a text browser's dump
/// (VideoPlayerControls, t274): neither body nor caption. Only a plain line of three words or more that ends like no
/// sentence ("Video shot by Jane Roe." credits the clip, and is left to the caption readers), right after a box whose
/// class names a player and that shows no text of its own, is taken. Cost: one query for the page's sup, sub and small
/// elements, then a sibling step and a class look for each.
/// </summary>
internal static class ClipTitleUnderPlayerBox
{
    private const int MaxTitleLength = 200;

    public static void Remove(IDocument document)
    {
        List<IElement>? titles = null;
        foreach (var print in document.SelectAll("sup, sub, small"))
        {
            if (IsTitle(print))
            {
                (titles ??= []).Add(print);
            }
        }

        if (titles is null)
        {
            return;
        }

        foreach (var title in titles)
        {
            title.Remove();
        }
    }

    private static bool IsTitle(IElement print)
    {
        if (print.ChildElementCount > 0 || print.PreviousElementSibling is not { } box || !NamesPlayer(box.GetAttribute("class"))
            || !OnlySpaceBetween(box, print) || ShowsText(box))
        {
            return false;
        }

        var text = print.TextContent.AsSpan().Trim();
        return text.Length is > 0 and <= MaxTitleLength && Words.CountUpTo(text, 3) >= 3 && text[^1] is not ('.' or '!' or '?');
    }

    /// <summary>"videoPlayer", "video-player", "jw-player": a class that names a player.</summary>
    private static bool NamesPlayer(string? names) => names is { Length: > 0 } && names.Contains("player", StringComparison.OrdinalIgnoreCase);

    private static bool OnlySpaceBetween(IElement box, IElement print)
    {
        for (var node = box.NextSibling; node is not null && node != print; node = node.NextSibling)
        {
            if (node is IElement || !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the box prints any word: text outside its scripts, or a picture, link or paragraph.</summary>
    private static bool ShowsText(IElement box)
    {
        if (!NodeText.IsShorterThan(box, 20_000) || box.SelectFirst("p, img, a, li, h2, h3, figcaption") is not null)
        {
            return true;
        }

        foreach (var node in box.ChildNodes)
        {
            if (node is IElement { LocalName: "script" or "style" or "noscript" or "iframe" })
            {
                continue;
            }

            if (node is IElement element ? ShowsText(element) : !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return true;
            }
        }

        return false;
    }
}
