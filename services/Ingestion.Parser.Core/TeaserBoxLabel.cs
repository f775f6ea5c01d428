using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="well align-right"&gt;&lt;p&gt;&lt;strong&gt;Zum Weiterlesen&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;&lt;a&gt;Vom Deich zum Damm&lt;/a&gt;&lt;/p&gt;&lt;/div&gt;": a small box
/// floated beside the text holds a bold label over links to other pages. The link paragraphs go as teasers; the label
/// left alone in its box heads nothing and is no crosshead of the text. Only a box that lost a teaser paragraph and holds
/// nothing but one short bold line is taken, so a section of the text with a bold crosshead keeps it.
/// </summary>
internal static class TeaserBoxLabel
{
    private const int MaxLabelLength = 60;

    public static void RemoveLeftOver(IElement root, IEnumerable<IElement> boxes)
    {
        foreach (var box in boxes.Distinct().ToList())
        {
            if (box != root && box.LocalName == "div" && !box.Contains(root) && root.Contains(box) && IsLabelOnly(box))
            {
                box.Remove();
            }
        }
    }

    private static bool IsLabelOnly(IElement box)
    {
        if (box.Children is not [{ LocalName: "p" or "h3" or "h4" or "h5" } line])
        {
            return false;
        }

        var text = Whitespace.Collapse(box.TextContent);
        if (text.Length == 0 || text.Length > MaxLabelLength || Words.EndsSentence(text))
        {
            return false;
        }

        var bold = string.Concat(line.SelectAll("strong, b").Select(element => element.TextContent));
        return line.LocalName != "p" || Whitespace.Collapse(bold) == text;
    }
}
