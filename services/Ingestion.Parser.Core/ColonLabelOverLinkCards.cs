using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="recirculation-box"&gt;&lt;div class="title"&gt;Mehr Kolumnen auf MeinMMO:&lt;/div&gt;&lt;a href="…"&gt;&lt;div&gt;Mehr zum
/// Thema&lt;/div&gt;&lt;div&gt;Headline&lt;/div&gt;&lt;div&gt;von Name&lt;/div&gt;&lt;img&gt;&lt;/a&gt;…&lt;/div&gt;" between the paragraphs: a box of cards for
/// other stories, each card one link holding its blocks, under a label line of a few words that ends with a colon. The
/// label is the box's heading (<see cref="HeadedLinkBox"/>) whatever its words, when every other child of the box is
/// such a card; a label over bare links, or over one card, is left to the known labels.
/// </summary>
internal static class ColonLabelOverLinkCards
{
    private const int MaxLabelWords = 6;
    private const int MinCards = 2;

    /// <summary>Whether <paramref name="label"/>, the first child of <paramref name="box"/>, labels a box of link cards.</summary>
    public static bool Is(IElement box, IElement label)
    {
        // The cards first: a look at the children, no text read, turns down most boxes.
        var cards = 0;
        foreach (var child in box.Children)
        {
            if (child == label)
            {
                continue;
            }

            // A card is a link holding blocks of its own (its tag, headline, writer, picture), not a bare text link.
            if (child.LocalName != "a" || child.ChildElementCount == 0)
            {
                return false;
            }

            cards++;
        }

        if (cards < MinCards || (label.ChildElementCount > 0 && label.SelectFirst("a") is not null))
        {
            return false;
        }

        var text = Whitespace.Collapse(label.TextContent);
        return text is [.., ':'] && Words.Count(text) <= MaxLabelWords;
    }
}
