using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="author"&gt;&lt;span class="author__name"&gt;Name&lt;/span&gt; &lt;span class="author__desc"&gt;(Bruxelles, bureau
/// européen)&lt;/span&gt;&lt;/section&gt;" closing the text's box: the writer's card repeats the byline's name, with the desk or place
/// the writer files from. Read as text it is one short line, a signature the text would keep ("Name" alone under a
/// letter); the markup says it is the card: a box classed for the author, a name-classed element in it naming one of the
/// page's writers, and little else.
/// </summary>
internal static class WriterNameCardInText
{
    /// <summary>A name and a desk or place: a card with a biography is another rule's (WriterBioCard).</summary>
    private const int LongestCard = 160;

    public static void Remove(IElement root, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0)
        {
            return;
        }

        // Under the text: the byline over it, inside the root, is the byline's, read already and left to the text's reading.
        if (root.SelectFirst("p") is not { } firstParagraph)
        {
            return;
        }

        List<IElement>? cards = null;
        foreach (var name in root.SelectAll("[class*='name']"))
        {
            if (name.ClassName is not { } nameClass || !nameClass.Contains("author", StringComparison.OrdinalIgnoreCase)
                || !authors.Contains(Whitespace.Collapse(name.TextContent), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            // The widest author-classed box around the name that is still a card's size.
            IElement? card = null;
            for (var box = name.ParentElement; box is not null && box != root; box = box.ParentElement)
            {
                if (Whitespace.Collapse(box.TextContent).Length > LongestCard)
                {
                    break;
                }

                if (box.ClassName is { } boxClass && boxClass.Contains("author", StringComparison.OrdinalIgnoreCase))
                {
                    card = box;
                }
            }

            if (card is not null && (firstParagraph.CompareDocumentPosition(card) & DocumentPositions.Following) != 0 && !card.Contains(firstParagraph))
            {
                (cards ??= []).Add(card);
            }
        }

        if (cards is not null)
        {
            foreach (var card in cards)
            {
                card.Remove();
            }
        }
    }
}
