using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div rel="author" class="author"&gt;By Dana Whitcomb&lt;/div&gt; &lt;div class="author-overlay"&gt;&lt;a class="close"&gt;Close&lt;/a&gt;
/// &lt;a&gt;Follow on Twitter&lt;/a&gt; &lt;a&gt;More from Dana&lt;/a&gt;&lt;/div&gt;": a byline name opens a card when pointed at, with
/// its close button, the writer's follow link and a link to their other stories. The card shows only on demand; read
/// in line, its "More from Dana" opens a related-links list that swallows the co-writers and the date under it. A box
/// named as an overlay, popup or tooltip right beside the writer's name is that card, no line of the byline.
/// </summary>
internal static class WriterHoverCard
{
    private static readonly WordSet CardWords = new(["overlay", "popup", "popover", "tooltip", "hovercard", "flyout"]);

    private static readonly WordSet WriterWords = new(["author", "authors", "byline", "writer"]);

    /// <summary>A close button, a follow link, a link to the writer's page and a short bio; a box with more holds text.</summary>
    private const int LongestCard = 600;

    public static void Remove(IDocument document)
    {
        List<IElement>? cards = null;
        foreach (var box in document.SelectAll("[class*='overlay'], [class*='popup'], [class*='popover'], [class*='tooltip'], [class*='hovercard'], [class*='flyout']"))
        {
            if (HasWord(box.GetAttribute("class"), CardWords) && box.PreviousElementSibling is { } name && IsWriterName(name)
                && !NodeText.IsLongerThan(box, LongestCard))
            {
                (cards ??= []).Add(box);
            }
        }

        foreach (var card in cards ?? [])
        {
            card.Remove();
        }
    }

    private static bool IsWriterName(IElement element) =>
        element.GetAttribute("rel") is { } rel && AttributeTokens.Contains(rel, "author") || HasWord(element.GetAttribute("class"), WriterWords);

    /// <summary>"author-overlay", "byline__popup", "c-author tooltip": a word of the class names, split at dashes and underscores too.</summary>
    private static bool HasWord(string? classes, WordSet words)
    {
        if (classes is null)
        {
            return false;
        }

        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f-_"))
        {
            if (words.Contains(classes.AsSpan(range)))
            {
                return true;
            }
        }

        return false;
    }
}
