using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;/p&gt;&lt;p style="text-align: center;"&gt;&lt;em&gt;The new corner stop at Alder Road …&lt;/em&gt;&lt;/p&gt;":
/// a blog editor's caption (TypePad, Blogger) is a centred line in italics right under the paragraph that holds only the
/// picture, with no class to name it and often no credit to tell it by. A Chinese editor centres it with the old
/// <c>align="center"</c> attribute and sets it in the Kai face, its italics ("&lt;p align="center"&gt;&lt;font face="楷体"&gt;图注：…&lt;/font&gt;&lt;/p&gt;"),
/// or in the text's own face when the line opens with the words that say "the picture shows" ("&lt;p align="center"&gt;图为…&lt;/p&gt;").
/// Where the text goes on in the Kai face (a photo blog's lines under each picture), the face marks no caption.
/// </summary>
internal static class CenteredItalicCaption
{
    /// <summary>
    /// "图为…" ("pictured is …"), "图：…", "图注：…", "图片：…", "上图：…": the openings of a Chinese caption, which no
    /// sentence of the text takes.
    /// </summary>
    private static readonly PrefixSet HanziPictureLabels = new("图为", "图：", "图:", "图注", "图片：", "图片:", "上图：", "下图：");

    /// <summary>Whether <paramref name="below"/>, the element right after the picture's own paragraph, is its caption.</summary>
    public static bool Is(IElement below)
    {
        if (below.LocalName is ("p" or "div") && IsCentred(below) && Whitespace.Collapse(below.TextContent) is { Length: > 2 and < 300 } labelled
            && HanziPictureLabels.Matches(labelled))
        {
            return true;
        }

        if (below.LocalName is not ("p" or "div") || !IsCentred(below) || below.Children.Length != 1 || below.Children[0] is not { } italic
            || !(italic.LocalName is "em" or "i" || IsKaiFace(italic)))
        {
            return false;
        }

        // The italics are the whole line: "<p style=…><em>Update:</em> the meeting moved to 7 p.m.</p>" is text.
        var text = Whitespace.Collapse(below.TextContent);
        return text.Length is > 0 and < 300 && text.Length == Whitespace.Collapse(italic.TextContent).Length
            && !(IsKaiFace(italic) && TextGoesOnInKaiFace(below));
    }

    /// <summary>How many siblings after the line are looked at for the next one with words (empty spacers and pictures between).</summary>
    private const int SiblingsAhead = 8;

    /// <summary>
    /// A photo blog sets its whole text in the Kai face, centred line by line under each picture: there the face marks no
    /// caption. The next line with words after <paramref name="line"/> set wholly in the Kai face too says so.
    /// </summary>
    private static bool TextGoesOnInKaiFace(IElement line)
    {
        var sibling = line.NextElementSibling;
        for (var seen = 0; sibling is not null && seen < SiblingsAhead; seen++, sibling = sibling.NextElementSibling)
        {
            var text = Whitespace.Collapse(sibling.TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            return sibling.Children.Length == 1 && IsKaiFace(sibling.Children[0]) && Whitespace.Collapse(sibling.Children[0].TextContent).Length == text.Length;
        }

        return false;
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
