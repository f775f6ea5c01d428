using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="author"&gt;&lt;span class="author__name"&gt;Name&lt;/span&gt; &lt;span class="author__desc"&gt;(Bruxelles, bureau
/// européen)&lt;/span&gt;&lt;/section&gt;" closing the text's box: the writer's card repeats the byline's name, with the desk or place
/// the writer files from. Read as text it is one short line, a signature the text would keep ("Name" alone under a
/// letter); the markup says it is the card: a box classed for the author, a name-classed element in it naming one of the
/// page's writers, and little else. A theme's author box under the text heads the card with the name in a title-classed
/// heading ("&lt;div class="author-box"&gt;&lt;h5 class="author-title"&gt;Name&lt;/h5&gt;&lt;p class="author-description"&gt;Name
/// entdeckte früh …&lt;/p&gt;&lt;div&gt;E-Mail: …&lt;/div&gt;&lt;a&gt;Mehr über den Autor erfahren&lt;/a&gt;&lt;/div&gt;"): that card holds the
/// writer's biography too, in any language and with any verb, and goes whole (AuthorTitledBioCard).
/// </summary>
internal static class WriterNameCardInText
{
    /// <summary>A name and a desk or place: a card with a biography is another rule's (WriterBioCard).</summary>
    private const int LongestCard = 160;

    /// <summary>A card headed by the writer's name in an author-titled heading: the name, a biography, a contact line and a link.</summary>
    private const int LongestTitledCard = 700;

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
        foreach (var name in root.SelectAll("[class*='name'], [class*='author'][class*='title']"))
        {
            if (name.ClassName is not { } nameClass || !nameClass.Contains("author", StringComparison.OrdinalIgnoreCase)
                || !authors.Contains(Whitespace.Collapse(name.TextContent), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            // "<h5 class="author-title">Name</h5>" over the biography: a titled card holds more than a name and a desk.
            var longest = !nameClass.Contains("name", StringComparison.OrdinalIgnoreCase) && name.LocalName is "h2" or "h3" or "h4" or "h5" or "h6"
                ? LongestTitledCard : LongestCard;

            // The widest author-classed box around the name that is still a card's size.
            IElement? card = null;
            for (var box = name.ParentElement; box is not null && box != root; box = box.ParentElement)
            {
                if (Whitespace.Collapse(box.TextContent).Length > longest)
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
