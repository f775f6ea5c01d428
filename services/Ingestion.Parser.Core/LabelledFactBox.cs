using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "ソフトウェア情報" / "「App」Windows 10向け" / "【著作権者】 Maker" / "【対応OS】 Windows 10" / "【ソフト種別】 フリーソフト" /
/// "【バージョン】 1.51": a software site's info box under the text, a definition list whose terms are labels (in
/// lenticular or square brackets, or closed by a colon: "Price:", "Engine:") and whose values are short and end no
/// sentence. It is a fact box of label and value rows, as a spec table or a release box is in a text dump, no paragraph
/// of the story; the box goes with the heading and the name line it stands under, up to the block that holds the
/// text's paragraphs. A glossary's definitions end as sentences, and a comment list's terms are names ("Name said..."),
/// so neither is read so.
/// Cost: one "dl" query per HTML page; per list, a walk over its terms and values, and for a fact box a walk up its
/// ancestors with a paragraph query each.
/// </summary>
internal static class LabelledFactBox
{
    private const int LeastRows = 3;
    private const int MaxLabelLength = 30;
    private const int MaxValueLength = 80;

    /// <summary>Most text of the box's own around the list (its heading, the product's name).</summary>
    private const int MaxTextAround = 80;

    public static void Remove(IDocument document)
    {
        List<IElement>? boxes = null;
        foreach (var list in document.SelectAll("dl"))
        {
            if (IsFactList(list))
            {
                (boxes ??= []).Add(BoxOf(list));
            }
        }

        if (boxes is null)
        {
            return;
        }

        foreach (var box in boxes)
        {
            if (box.ParentElement is not null)
            {
                box.Remove();
            }
        }
    }

    private static bool IsFactList(IElement list)
    {
        var labels = 0;
        foreach (var child in list.Children)
        {
            var text = Whitespace.Collapse(child.TextContent).AsSpan().Trim();
            if (child.LocalName == "dt")
            {
                if (!IsLabel(text))
                {
                    return false;
                }

                labels++;
            }
            else if (child.LocalName == "dd" && (text.Length > MaxValueLength || Words.EndsSentence(text)))
            {
                return false;
            }
        }

        return labels >= LeastRows;
    }

    /// <summary>"【対応OS】", "［価格］", "[Size]", "Price:", "価格："; short.</summary>
    private static bool IsLabel(ReadOnlySpan<char> text) =>
        text.Length is > 1 and <= MaxLabelLength
        && (text is ['【', .., '】'] or ['［', .., '］'] or ['[', .., ']'] || text[^1] is ':' or '：');

    /// <summary>The list, or the outermost block around it that holds no paragraph and little text besides it.</summary>
    private static IElement BoxOf(IElement list)
    {
        var box = list;
        var listLength = ShownLength.Of(list.TextContent);
        while (box.ParentElement is { LocalName: not ("body" or "article" or "main" or "html") } parent
            && parent.SelectFirst("p") is null && ShownLength.Of(parent.TextContent) - listLength <= MaxTextAround)
        {
            box = parent;
        }

        return box;
    }
}
