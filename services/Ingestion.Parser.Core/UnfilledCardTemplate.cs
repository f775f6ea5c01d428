using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="cell"&gt;&lt;a href="javascript:void(0)"&gt;&lt;img src="" alt="Recommendation image"&gt;&lt;/a&gt;&lt;div
/// class="title"&gt;&lt;a href="javascript:void(0)"&gt;&lt;/a&gt;&lt;/div&gt;&lt;a href="javascript:void(0)"&gt;READ MORE&lt;/a&gt;&lt;/div&gt;":
/// a script fills these cards with other stories after the page loads (an exit-intent "before you go" box); as served,
/// their pictures have no source, their links go nowhere and only the buttons' words show. Those words ("READ MORE")
/// under the headline read as a related-links heading and end the headline's metadata before its date line. The
/// unfilled cards leave the page: from a picture with an empty source up, every box whose links all go nowhere
/// (at least one such link), whose pictures all have no source and whose text is at most a few button words. Cost: one
/// selector query per page (<c>img[src='']</c>); per such picture, a walk up its boxes with a text read and two
/// queries each.
/// </summary>
internal static class UnfilledCardTemplate
{
    private const int MaxTextLength = 40;

    public static void Remove(IDocument document)
    {
        List<IElement>? boxes = null;
        foreach (var image in document.SelectAll("img[src='']"))
        {
            if (boxes?.Exists(box => box.Contains(image)) == true)
            {
                continue;
            }

            IElement? card = null;
            for (var box = image.ParentElement; box is { LocalName: not ("body" or "html" or "article" or "main" or "figure") }; box = box.ParentElement)
            {
                if (!IsUnfilled(box))
                {
                    break;
                }

                card = box;
            }

            if (card is not null)
            {
                (boxes ??= []).Add(card);
            }
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

    private static bool IsUnfilled(IElement box)
    {
        if (NodeText.IsLongerThan(box, MaxTextLength * 8) || Whitespace.Collapse(box.TextContent).Length > MaxTextLength)
        {
            return false;
        }

        var deadLinks = 0;
        foreach (var link in box.SelectAll("a"))
        {
            if (link.GetAttribute("href") is not { } href || !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            deadLinks++;
        }

        if (box.LocalName == "a" && box.GetAttribute("href") is { } own && own.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            deadLinks++;
        }

        foreach (var picture in box.SelectAll("img"))
        {
            if (picture.GetAttribute("src") is { Length: > 0 })
            {
                return false;
            }
        }

        return deadLinks > 0;
    }
}
