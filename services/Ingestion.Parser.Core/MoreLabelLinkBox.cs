using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="m-factbox"&gt;&lt;div class="m-factboxhed"&gt;More&lt;/div&gt;&lt;div&gt;&lt;a href="/tag/harbour-notes/"&gt;Ferry
/// timetables, harbour grants and new shops on the quay&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;": a small box floated between a story's
/// paragraphs, labelled with the bare word "More" and holding nothing else but links to more coverage. Read as lines,
/// the label alone is no related heading (a lone "More" is too often a menu's button to be one), so the link under it
/// stood among the paragraphs as text. A box whose first text is the label "More" (or "More:") in an element of its own,
/// whose every other text is a link's, and which holds at least one link and under 400 characters, is a related-links
/// box and goes. A box with any text outside its label and links (a fact box's figures) stays. Cost: once per page, a
/// pass over the text nodes comparing each trimmed one with a four-letter word; only a match walks its box.
/// </summary>
internal static class MoreLabelLinkBox
{
    private const int LongestBox = 400;

    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        List<IElement>? boxes = null;
        foreach (var text in body.Descendants<IText>())
        {
            var data = text.Data.AsSpan().Trim();
            if (data is not ("More" or "More:") || text.ParentElement is not { } label || label.LocalName is "a" or "button" or "li" or "span"
                || label.ParentElement is not { LocalName: "div" or "aside" or "section" } box || IsBoxOfLinks(box, label) is false)
            {
                continue;
            }

            (boxes ??= []).Add(box);
        }

        if (boxes is null)
        {
            return;
        }

        foreach (var box in boxes)
        {
            box.Remove();
        }
    }

    private static bool IsBoxOfLinks(IElement box, IElement label)
    {
        if (NodeText.IsLongerThan(box, LongestBox) || box.SelectFirst("a") is null || FirstWithText(box) != label)
        {
            return false;
        }

        foreach (var text in box.Descendants<IText>())
        {
            if (text.Data.AsSpan().Trim().Length > 0 && text.ParentElement != label && !InLink(text, box))
            {
                return false;
            }
        }

        return true;
    }

    private static IElement? FirstWithText(IElement box)
    {
        foreach (var child in box.Children)
        {
            if (!child.TextContent.AsSpan().Trim().IsEmpty)
            {
                return child;
            }
        }

        return null;
    }

    private static bool InLink(IText text, IElement box)
    {
        for (var parent = text.ParentElement; parent is not null && parent != box; parent = parent.ParentElement)
        {
            if (parent.LocalName == "a")
            {
                return true;
            }
        }

        return false;
    }
}
