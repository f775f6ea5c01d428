using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;…&lt;/p&gt;&lt;div class="izquierda"&gt;&lt;a name="sumario_1"&gt;&lt;/a&gt;&lt;p class="texto_grande"&gt;El plazo medio crece
/// de 32 a 72 días&lt;/p&gt;&lt;/div&gt;&lt;p&gt;…": a daily's pull-out, one line summing up the text in large type, set in a box
/// floated to one side between two paragraphs. It reworded the text rather than quoting it, so the pull quote reading
/// (a sentence another paragraph prints) misses it; a reader reads it as the page's highlight, no paragraph of the
/// story. Known by its box: classed for a side ("izquierda", "derecha", "pull-left", "float-right", "gauche", "droite",
/// "links", "rechts"), holding one short paragraph that ends in no full stop and nothing else but an empty anchor, and
/// standing next to a paragraph of the text. Cost: per element, a tag-name and class-length check; the class's parts are
/// read only for a div or an aside with a class, its children only when a part names a side.
/// </summary>
internal static class FloatedPullOut
{
    private static readonly WordSet SideWords = new(["left", "right", "izquierda", "derecha", "gauche", "droite", "links", "rechts", "sinistra", "destra", "esquerda", "direita"]);

    private const int LongestLine = 160;

    private const int ShortestLine = 20;

    /// <summary>A text paragraph beside the box is longer than a caption or a pull-out.</summary>
    private const int TextParagraph = 200;

    public static bool Is(IElement element)
    {
        if (element.LocalName is not ("div" or "aside") || element.ClassName is not { Length: > 0 } className || element.ChildElementCount is 0 or > 2
            || !SideWords.ContainsNamePart(className))
        {
            return false;
        }

        IElement? line = null;
        foreach (var child in element.Children)
        {
            if (child.LocalName == "p" && line is null)
            {
                line = child;
            }
            else if (child.LocalName != "a" || child.ChildElementCount > 0 || !string.IsNullOrWhiteSpace(child.TextContent))
            {
                return false;
            }
        }

        if (line is null || line.ChildElementCount > 2 || line.SelectFirst("img") is not null)
        {
            return false;
        }

        var text = Whitespace.Collapse(line.TextContent);
        return text.Length is >= ShortestLine and <= LongestLine && text[^1] is not ('.' or ':') && char.IsUpper(text[0])
            && (IsTextParagraph(element.PreviousElementSibling) || IsTextParagraph(element.NextElementSibling));
    }

    private static bool IsTextParagraph(IElement? element) => element is { LocalName: "p" } && NodeText.IsLongerThan(element, TextParagraph);
}
