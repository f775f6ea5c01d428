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
        foreach (var byline in document.QuerySelectorAll(".byline"))
        {
            if (++looked > MostBylines)
            {
                break;
            }

            var names = byline.QuerySelectorAll(".vcard .fn, .vcard.fn").Select(name => Whitespace.Collapse(name.TextContent))
                .Where(name => name.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (names.Count > metadataAuthors.Count && metadataAuthors.All(author => names.Contains(author, StringComparer.OrdinalIgnoreCase))
                && names.All(name => Words.LooksLikePersonName(name)))
            {
                return names;
            }
        }

        return metadataAuthors;
    }
}
