using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="morePict" href="/archives/author/kawabe"&gt;Kawabe Newsの記事一覧をみる&lt;/a&gt;" ("see the list of Kawabe News's
/// articles"), "More stories by Jane Doe": under the text, a link to the writer's archive page, the same page the byline's
/// <c>rel="author"</c> link opens, reading as the writer's name and more words. It leads away from the story and is no
/// paragraph. The byline's own link (the name alone, or marked <c>rel="author"</c>) stays.
/// </summary>
internal static class WriterArchiveLink
{
    public static void Remove(IDocument document)
    {
        List<IElement>? archive = null;
        List<IElement>? bylines = null;
        foreach (var marked in document.WithRelToken("a[rel][href]", "author"))
        {
            (bylines ??= []).Add(marked);
        }

        if (bylines is null)
        {
            return;
        }

        foreach (var link in document.GetElementsByTagName("a"))
        {
            if (link.GetAttribute("href") is not { Length: > 0 } href || link.GetAttribute("rel") is { } rel && rel.Contains("author", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var byline in bylines)
            {
                // The address first: the texts are read only for the one or two links that open the writer's page.
                if (!string.Equals(byline.GetAttribute("href"), href, StringComparison.Ordinal))
                {
                    continue;
                }

                var name = Whitespace.Collapse(byline.TextContent);
                var text = Whitespace.Collapse(link.TextContent);
                if (name.Length > 0 && text.Length > name.Length && (text.StartsWith(name, StringComparison.Ordinal) || text.EndsWith(name, StringComparison.Ordinal)))
                {
                    (archive ??= []).Add(link);
                    break;
                }
            }
        }

        foreach (var link in archive ?? [])
        {
            link.Remove();
        }
    }
}
