using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="snippet"&gt;&lt;h3&gt;&lt;a href="/stars/story.html"&gt;Headline&lt;/a&gt;&lt;/h3&gt;&lt;a href="/stars/story.html"&gt;&lt;img&gt;&lt;/a&gt;
/// Blurb … &lt;a href="/stars/story.html"&gt;Weiterlesen&lt;/a&gt;&lt;/div&gt;" between a story's paragraphs: a card for
/// another story, its headline, thumbnail and "read on" link all leading to that story. The blurb under the headline is
/// that story's pitch, no paragraph of this one. Only a short card with a picture, headed by a link to the same page as
/// its "read on" link, counts: a page's own excerpt ends with a link to itself but is no card beside another text.
/// </summary>
internal static class ReadOnTeaserCard
{
    private static readonly WordSet ReadOnLabels = new(["weiterlesen", "mehr lesen", "read more", "continue reading", "read on", "lire la suite", "leer más", "seguir leyendo", "continua a leggere", "leia mais", "lees verder", "läs mer"]);

    private const int LongestCard = 700;

    private const int MostLevels = 4;

    public static void Remove(IElement root)
    {
        foreach (var link in root.SelectAll("a[href]").ToList())
        {
            if (link.ChildElementCount == 0 && ReadOnLabels.Contains(Whitespace.Collapse(link.TextContent).TrimEnd('.', '…', '>', '»', ' '))
                && link.GetAttribute("href") is { Length: > 1 } target && target[0] != '#' && CardAround(link, target) is { } card)
            {
                card.Remove();
            }
        }
    }

    private static IElement? CardAround(IElement link, string target)
    {
        var box = link.ParentElement;
        for (var level = 0; box is not null && level < MostLevels && box.LocalName is not ("body" or "article" or "main"); level++, box = box.ParentElement)
        {
            if (NodeText.IsLongerThan(box, LongestCard * 2) || ShownLength.Of(box.TextContent) > LongestCard || box.SelectFirst("h1") is not null)
            {
                return null;
            }

            if (box.SelectAll("h2 a[href], h3 a[href], h4 a[href], h5 a[href]").Any(headline => headline.GetAttribute("href") == target)
                && box.SelectFirst("img, picture") is not null)
            {
                return box;
            }
        }

        return null;
    }
}
