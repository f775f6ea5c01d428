using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;/p&gt;&lt;p style="text-align: center;"&gt;&lt;em&gt;The new corner stop at Alder Road …&lt;/em&gt;&lt;/p&gt;":
/// a blog editor's caption (TypePad, Blogger) is a centred line in italics right under the paragraph that holds only the
/// picture, with no class to name it and often no credit to tell it by. A Chinese editor centres it with the old
/// <c>align="center"</c> attribute and sets it in the Kai face, its italics ("&lt;p align="center"&gt;&lt;font face="楷体"&gt;图注：…&lt;/font&gt;&lt;/p&gt;").
/// </summary>
internal static class CenteredItalicCaption
{
    /// <summary>Whether <paramref name="below"/>, the element right after the picture's own paragraph, is its caption.</summary>
    public static bool Is(IElement below)
    {
        if (below.LocalName is not ("p" or "div") || !IsCentred(below) || below.Children.Length != 1 || below.Children[0] is not { } italic
            || !(italic.LocalName is "em" or "i" || IsKaiFace(italic)))
        {
            return false;
        }

        // The italics are the whole line: "<p style=…><em>Update:</em> the meeting moved to 7 p.m.</p>" is text.
        var text = Whitespace.Collapse(below.TextContent);
        return text.Length is > 0 and < 300 && text.Length == Whitespace.Collapse(italic.TextContent).Length;
    }

    private static bool IsCentred(IElement box) =>
        (box.GetAttribute("style") is { } style && style.Contains("center", StringComparison.OrdinalIgnoreCase) && style.Contains("text-align", StringComparison.OrdinalIgnoreCase))
        || string.Equals(box.GetAttribute("align"), "center", StringComparison.OrdinalIgnoreCase);

    /// <summary>"&lt;font face="楷体"&gt;", "&lt;span style="font-family: KaiTi"&gt;": the Kai face, which Chinese type sets captions in as Latin type sets italics.</summary>
    private static bool IsKaiFace(IElement element) =>
        element.LocalName is "font" or "span"
        && ((element.GetAttribute("face") ?? string.Empty) + (element.GetAttribute("style") ?? string.Empty)) is var face
        && (face.Contains('楷') || face.Contains("kaiti", StringComparison.OrdinalIgnoreCase));

    /// <summary>The paragraph or box that holds only the picture (and its link), whose next sibling a caption would be.</summary>
    public static IElement? PictureParagraph(IElement picture) =>
        picture.NextElementSibling is null && picture.PreviousElementSibling is null
        && picture.ParentElement is { LocalName: "p" or "div" } box && Whitespace.Collapse(box.TextContent).Length == 0 ? box : null;
}
