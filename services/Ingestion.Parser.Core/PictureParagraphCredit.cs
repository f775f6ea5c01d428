using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;&lt;img src="chart.png"&gt;&lt;br&gt;&lt;em&gt;(Credit: Dana Ruiz / Example)&lt;/em&gt;&lt;/p&gt;": a partner story's chart with its
/// credit set under it in the same paragraph, parted by a line break. Read as text, the picture leaves no line, so the
/// credit would follow the paragraph above and make it its caption; read here, the credit is the picture's caption entry
/// and the paragraph above stays text.
/// </summary>
internal static class PictureParagraphCredit
{
    /// <summary>A credit line under a picture is short; a longer run after a line break is the paragraph's text.</summary>
    private const int LongestCredit = 300;

    /// <summary>
    /// The caption or credit under <paramref name="picture"/> in its own paragraph, removed with its line break; null when
    /// the paragraph opens with anything but the picture, when no line break follows it, or when what follows reads as
    /// neither a credit nor a labelled caption.
    /// </summary>
    public static string? Take(IElement picture)
    {
        var inner = picture.ParentElement is { LocalName: "a" } link && link.Children.Length == 1 ? link : picture;
        if (inner.ParentElement is not { LocalName: "p" } paragraph || !OnlyWhitespace(paragraph.FirstChild, inner))
        {
            return null;
        }

        var breakNode = inner.NextSibling;
        while (breakNode is IText { Data: var data } && string.IsNullOrWhiteSpace(data))
        {
            breakNode = breakNode.NextSibling;
        }

        // "<p><img>(image taken from <a>site</a>)</p>": a bracketed credit glued after the picture needs no line break.
        var lineBreak = breakNode is IElement { LocalName: "br" } shown ? shown : null;
        if (lineBreak is null && !GluedBracketedCredit.MayOpen(breakNode))
        {
            return null;
        }

        var rest = new List<INode>();
        for (var node = lineBreak is null ? inner.NextSibling : lineBreak.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IElement element && (element.LocalName is "img" or "picture" or "br" or "iframe" || element.SelectFirst("img, picture, br") is not null))
            {
                return null;
            }

            rest.Add(node);
        }

        var text = Whitespace.Collapse(string.Concat(rest.Select(node => node.TextContent)));
        if (text.Length is 0 or > LongestCredit || (lineBreak is null ? !GluedBracketedCredit.Is(text) : !CaptionDetector.IsCreditOnly(text) && CaptionDetector.TryRead(text) is null))
        {
            return null;
        }

        lineBreak?.Remove();
        foreach (var node in rest)
        {
            node.Parent?.RemoveChild(node);
        }

        return text;
    }

    private static bool OnlyWhitespace(INode? from, INode until)
    {
        for (var node = from; node is not null && node != until; node = node.NextSibling)
        {
            if (node is not IText { Data: var data } || !string.IsNullOrWhiteSpace(data))
            {
                return false;
            }
        }

        return true;
    }
}
