using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="buzz_superlist_item buzz_superlist_item_video video_instagram"&gt;&lt;h2&gt;&lt;span&gt;4.&lt;/span&gt; The ferry's captain
/// re-posted the photo with a note that …&lt;/h2&gt;&lt;blockquote class="instagram-media"&gt;…": a list post sets each numbered item
/// in a box whose class names the kind of thing the item shows (a video, an Instagram post, a tweet). The class word
/// names the embed inside, not a widget: the item's numbered heading is the post's own sentence, kept as the items of
/// the other kinds are; the embed still leaves by its own markup, and a box without such a heading stays furniture.
/// Cost: asked only of elements already judged noise or video teasers: a first-child tag check, then one heading's text.
/// </summary>
internal static class NumberedListItemBox
{
    /// <summary>A numbered item's heading is a sentence of the post, not a label ("1. Video").</summary>
    private const int ShortestItem = 40;

    public static bool Is(IElement box)
    {
        if (box.FirstElementChild is not { LocalName: "h2" or "h3" or "h4" } heading)
        {
            return false;
        }

        var text = Whitespace.Collapse(heading.TextContent).Trim();
        return text.Length >= ShortestItem && OpensWithNumber(text) && Words.EndsSentence(text);
    }

    /// <summary>"4. The …", "12) The …": one to three digits, a full stop or a closing bracket, a space.</summary>
    private static bool OpensWithNumber(string text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 4 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 4 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }
}
