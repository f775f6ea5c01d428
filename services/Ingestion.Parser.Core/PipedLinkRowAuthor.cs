using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;a href="…/espanol/"&gt;Kanal en ESPAÑOL&lt;/a&gt; | &lt;a&gt;Kanal Chile&lt;/a&gt; | &lt;a&gt;MÉXICO&lt;/a&gt; | &lt;a&gt;English&lt;/a&gt;&lt;/div&gt;"
/// in a footer under the text: a network's row of its other editions, links parted by bars, reads in the text as a
/// signature "Names | PLACE" ("Ana Ruiz y Luis Paz | MÉXICO"), and "Kanal en ESPAÑOL" as two joined names. A writer
/// read from the text whose name sits in a link of such a row (three links or more, nothing between them but bars and
/// blanks) names an edition of the site, no writer. A signature typed as text under the article, its names no links,
/// keeps its writers. Cost: asked once a page, only when the text's reading named a writer and the head named none: one
/// walk of the page's links per name, the row check only for a link whose words hold the name.
/// </summary>
internal static class PipedLinkRowAuthor
{
    private const int MinLinks = 3;

    public static List<string> Without(IDocument document, List<string> authors)
    {
        if (authors.Count == 0)
        {
            return authors;
        }

        List<string>? kept = null;
        for (var i = 0; i < authors.Count; i++)
        {
            if (InLinkRow(document, authors[i]))
            {
                kept ??= authors.GetRange(0, i);
            }
            else
            {
                kept?.Add(authors[i]);
            }
        }

        return kept ?? authors;
    }

    private static bool InLinkRow(IDocument document, string author)
    {
        foreach (var link in document.SelectAll("a"))
        {
            if (link.TextContent.Contains(author, StringComparison.Ordinal) && link.ParentElement is { } row && IsPipedLinkRow(row))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPipedLinkRow(IElement row)
    {
        var links = 0;
        var bars = 0;
        foreach (var node in row.ChildNodes)
        {
            switch (node)
            {
                case IElement { LocalName: "a" }:
                    links++;
                    break;
                case IElement other when !string.IsNullOrWhiteSpace(other.TextContent):
                    return false;
                case IText text:
                    foreach (var c in text.Data)
                    {
                        if (c == '|')
                        {
                            bars++;
                        }
                        else if (!char.IsWhiteSpace(c))
                        {
                            return false;
                        }
                    }

                    break;
            }
        }

        return links >= MinLinks && bars >= links - 1;
    }
}
