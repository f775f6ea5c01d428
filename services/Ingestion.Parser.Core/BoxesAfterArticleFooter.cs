using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;article&gt;&lt;header&gt;…&lt;/header&gt;&lt;section&gt;text&lt;/section&gt;&lt;aside&gt;…&lt;/aside&gt;&lt;footer&gt;…&lt;/footer&gt;
/// &lt;section class="area--services"&gt;&lt;a&gt;&lt;h4&gt;Services&lt;/h4&gt;&lt;/a&gt;&lt;div&gt;Codes promos …&lt;ul&gt;…&lt;/ul&gt;&lt;/div&gt;&lt;/section&gt;
/// &lt;/article&gt;" (the footer a child of the article or of its one zone): an article element's own footer closes the story; boxes the template sets
/// after it inside the element (the site's service and shopping links) are no text. They go only when they hold no
/// paragraph of prose, so a template that sets its footer (a meta row) before the text keeps the text.
/// </summary>
internal static class BoxesAfterArticleFooter
{
    /// <summary>A sentence of the story, not a listing's "59890 €" or a link box's line.</summary>
    private const int ProseLength = 100;

    /// <summary>Asked of each article element, before the footers go as landmark furniture.</summary>
    public static void Remove(IDocument document)
    {
        foreach (var article in document.SelectAll("article"))
        {
            RemoveAfterFooter(article);
        }
    }

    private static void RemoveAfterFooter(IElement root)
    {

        // The article's own footer, a child of the element or of the zone inside it that holds header, text and footer; a
        // footer inside a quotation, a figure or an embedded post is that item's.
        IElement? footer = null;
        foreach (var candidate in root.SelectAll("footer"))
        {
            if (candidate.ParentElement is { } parent && (parent == root || parent.ParentElement == root)
                && candidate.Nearest("blockquote, figure, aside") is null)
            {
                footer = candidate;
            }
        }

        if (footer is null || footer.NextElementSibling is null)
        {
            return;
        }

        var after = new List<IElement>();
        for (var sibling = footer.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (HoldsProse(sibling))
            {
                return;
            }

            after.Add(sibling);
        }

        foreach (var box in after)
        {
            box.Remove();
        }
    }

    private static bool HoldsProse(IElement box)
    {
        foreach (var paragraph in box.SelectAll("p"))
        {
            var text = Whitespace.Collapse(paragraph.TextContent);
            if (text.Length >= ProseLength && Words.EndsSentence(text))
            {
                return true;
            }
        }

        return false;
    }
}
