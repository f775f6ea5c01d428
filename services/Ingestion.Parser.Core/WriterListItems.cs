using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="authors"&gt;&lt;li&gt;&lt;div rel="author" class="author"&gt;By Dana Whitcomb&lt;/div&gt;&lt;/li&gt;&lt;li&gt;&lt;div
/// rel="author" class="author"&gt;Omar Fenwick&lt;/div&gt;&lt;/li&gt;&lt;li&gt;&lt;div rel="author" class="author"&gt;LENA MARSH&lt;/div&gt;&lt;/li&gt;&lt;/ul&gt;":
/// a template that lists its writers one to an item prints "By" before the first alone. The byline element that named
/// the first writer stands in one item of the list; the like-marked element of each other item names a co-writer.
/// </summary>
internal static class WriterListItems
{
    /// <summary>Writers a story's byline lists; a longer list is a staff page's.</summary>
    private const int MostWriters = 8;

    public static IReadOnlyList<string> Widened(IDocument document, IReadOnlyList<string> authors)
    {
        if (authors.Count != 1)
        {
            return authors;
        }

        foreach (var marked in document.WithRelToken("[rel]", "author"))
        {
            if (marked.ParentElement?.Nearest("li") is null
                || !Whitespace.Collapse(marked.TextContent).Contains(authors[0], StringComparison.Ordinal))
            {
                continue;
            }

            if (marked.Nearest("li") is not { ParentElement: { LocalName: "ul" or "ol" } list } item || list.ChildElementCount is < 2 or > MostWriters)
            {
                return authors;
            }

            List<string>? widened = null;
            foreach (var other in list.Children)
            {
                if (other == item)
                {
                    continue;
                }

                // Each item holds its writer's element; an item without one is no writer's (a "more" link), and ends the reading.
                if (other.LocalName != "li" || other.SelectFirst("[rel~='author']") is not { } writer
                    || ReadName(writer) is not { } name)
                {
                    return authors;
                }

                if (!name.Equals(authors[0], StringComparison.OrdinalIgnoreCase))
                {
                    (widened ??= [.. authors]).Add(name);
                }
            }

            return widened ?? authors;
        }

        return authors;
    }

    /// <summary>The one name of a writer's element ("Omar Fenwick", "By Omar Fenwick"), or null for anything else.</summary>
    private static string? ReadName(IElement writer)
    {
        var text = Whitespace.Collapse(writer.TextContent);
        var names = BylineParser.TryRead(text) ?? (Words.LooksLikePersonName(text) ? [text] : null);
        return names is [var name] && Words.LooksLikePersonName(name) ? name : null;
    }
}
