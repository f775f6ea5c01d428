using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1 class="aural"&gt;Bundesamt für …&lt;/h1&gt;" (the authority's name, for screen readers only), "&lt;h1&gt;Bürgerportal&lt;/h1&gt;"
/// (the section), then "&lt;h1&gt;&lt;span class="category"&gt;Thema Wohnen&lt;/span&gt;Mehr Schutz für Mieter&lt;/h1&gt;" under the document
/// title "AMT | Schutz für Mieter": a government portal's template sets several h1s, the headline last. With no metadata
/// naming the headline, the h1 whose own words (its kicker span left out) end with a part of the document title is it,
/// when the first h1 holds no such part.
/// </summary>
internal static class DocumentTitleHeading
{
    private const int MinPartWords = 3;

    public static string? Find(IDocument document, List<IElement> headings)
    {
        if (headings.Count < 2)
        {
            return null;
        }

        var parts = Whitespace.Collapse(document.Title).Split([" | ", " - ", " – ", " — "], StringSplitOptions.TrimEntries)
            .Where(part => Words.Count(part) >= MinPartWords).ToList();
        if (parts.Count == 0 || Holds(Whitespace.Collapse(headings[0].TextContent).Trim(), parts))
        {
            return null;
        }

        foreach (var heading in headings.Skip(1))
        {
            if (!HtmlText.IsHiddenElement(heading) && OwnWords(heading) is { Length: > 0 } own && Holds(own, parts))
            {
                return own;
            }
        }

        return null;
    }

    private static bool Holds(string text, List<string> parts) => parts.Exists(part => text.EndsWith(part, StringComparison.Ordinal));

    /// <summary>The heading's words without a span opening it (the kicker).</summary>
    private static string OwnWords(IElement heading)
    {
        var words = new List<string>();
        var opening = true;
        foreach (var node in heading.ChildNodes)
        {
            if (node is IElement { LocalName: "span" } && opening)
            {
                continue;
            }

            if (node.TextContent.AsSpan().Trim().Length > 0)
            {
                opening = false;
                words.Add(node.TextContent);
            }
        }

        return Whitespace.Collapse(string.Join(' ', words)).Trim();
    }
}
