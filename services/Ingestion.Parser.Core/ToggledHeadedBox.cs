using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a-collapse&gt;&lt;header&gt;&lt;h2&gt;North Sea and Baltic compared&lt;/h2&gt;&lt;/header&gt;&lt;ul&gt;…&lt;/ul&gt;&lt;div&gt;mehr
/// anzeigen&lt;/div&gt;&lt;/a-collapse&gt;" between a story's paragraphs: a box set into the text under a heading of its own,
/// folded behind its show-more toggle (a column's blurb over a link to its other parts, a table of facts). The page shows
/// it apart from the story, half hidden; its lines and its toggle are no paragraphs of the text. Only a short box whose
/// text ends with the toggle, beside paragraphs of the story, counts: a story folded behind "mehr anzeigen" is longer.
/// Asked before the page's landmarks go as furniture, since the box's heading often stands in a `header` of its own.
/// </summary>
internal static class ToggledHeadedBox
{
    private const int LongestBox = 1200;
    private const int MostLevels = 6;

    public static void Remove(IElement root)
    {
        foreach (var box in In(root))
        {
            box.Remove();
        }
    }

    private static List<IElement> In(IElement root)
    {
        var boxes = new List<IElement>();
        foreach (var toggle in root.Descendants<IElement>().Where(IsToggle).ToList())
        {
            var label = Whitespace.Collapse(toggle.TextContent);
            var level = 0;
            for (var box = toggle.ParentElement; box is not null && box != root && level < MostLevels; box = box.ParentElement, level++)
            {
                var content = Whitespace.Collapse(box.TextContent);
                if (content.Length > LongestBox)
                {
                    break;
                }

                if (LeadInLinkListBox.HeadingOf(box) is { } heading && content.EndsWith(label, StringComparison.Ordinal)
                    && content.Length > Whitespace.Collapse(heading.TextContent).Length + label.Length + 1 && BesideParagraphs(box))
                {
                    if (!boxes.Contains(box))
                    {
                        boxes.Add(box);
                    }

                    break;
                }
            }
        }

        return boxes;
    }

    /// <summary>"&lt;div&gt;&lt;span&gt;mehr anzeigen&lt;/span&gt;&lt;/div&gt;": an element whose whole text is a show-more label, no link.</summary>
    private static bool IsToggle(IElement element) =>
        element.ChildElementCount == 0 && element.LocalName != "a" && NodeText.IsShorterThan(element, 40)
        && LeadInLinkListBox.ToggleLabels.Contains(Whitespace.Collapse(element.TextContent));

    private static bool BesideParagraphs(IElement box) =>
        box.ParentElement is { } parent && parent.Children.Any(sibling => sibling != box && sibling.LocalName == "p" && sibling.TextContent.AsSpan().Trim().Length > 0);
}
