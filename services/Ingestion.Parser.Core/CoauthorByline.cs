using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "by <span class="author vcard"><a class="url fn n">Naomi Feld</a></span> and <span class="author vcard"><a class="url fn
/// n">Ricardo Almonte</a></span>" under a headline whose schema graph names only Naomi Feld: a co-authors plugin writes
/// the first writer into the metadata, while the byline the reader sees names them all. The byline's hCard names win
/// when they hold every writer the metadata names and more.
/// </summary>
internal static class CoauthorByline
{
    /// <summary>Bylines looked at; the story's own comes first, the rails' teasers after it.</summary>
    private const int MostBylines = 8;

    public static IReadOnlyList<string> Widened(IDocument document, List<string> metadataAuthors)
    {
        var looked = 0;
        foreach (var byline in document.SelectAll(".byline, [class*='byline']"))
        {
            if (++looked > MostBylines)
            {
                break;
            }

            var names = byline.SelectAll(".vcard .fn, .vcard.fn").Select(name => Whitespace.Collapse(name.TextContent))
                .Where(name => name.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (names.Count == 0 && metadataAuthors.Count > 0)
            {
                names = WriterLinks(byline);
            }

            if (names.Count > metadataAuthors.Count && metadataAuthors.All(author => names.Contains(author, StringComparer.OrdinalIgnoreCase))
                && names.All(name => Words.LooksLikePersonName(name)))
            {
                return names;
            }
        }

        return metadataAuthors;
    }

    /// <summary>
    /// "&lt;span class="pb-byline"&gt;By &lt;a&gt;Lena Marchbanks&lt;/a&gt; and &lt;a&gt;Oscar Whitfield&lt;/a&gt;,&lt;/span&gt;": a byline that links
    /// each writer to a page of their own, with nothing between the links but "By", "and" and commas; else none.
    /// </summary>
    private static List<string> WriterLinks(IElement byline)
    {
        var names = new List<string>();
        foreach (var node in byline.ChildNodes)
        {
            if (node is IElement { LocalName: "a" } link && link.ChildElementCount == 0)
            {
                names.Add(Whitespace.Collapse(link.TextContent));
            }
            else if (node is not IText text || !IsJoiner(text.Data.AsSpan().Trim(" ,\u00a0\t\r\n")))
            {
                return [];
            }
        }

        return names;
    }

    private static bool IsJoiner(ReadOnlySpan<char> text) =>
        text.IsEmpty || text.Equals("By", StringComparison.OrdinalIgnoreCase) || text.Equals("and", StringComparison.OrdinalIgnoreCase);
}
