using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;title&gt;Schmuck für die Hochzeit | Lottas Ecke&lt;/title&gt;" over "&lt;h2&gt;Schmuck für die Hochzeit&lt;/h2&gt;" in the post's header box, then
/// "&lt;h1&gt;Was ich gesucht habe&lt;/h1&gt;", "&lt;h1&gt;Schmale Ketten&lt;/h1&gt;" in the text: a page builder sets the writer's crossheads
/// as h1s and the theme prints the headline as an h2 over them. The heading that says the document title's headline,
/// before the first h1, is the headline, when no h1 says anything of the document title.
/// </summary>
internal static class TitleHeadingOverBuilderH1s
{
    private const int MaxHeadingLength = 200;

    /// <summary>The h2 before the first h1 whose text is a part of the document title, or null.</summary>
    public static string? Find(IDocument document, List<IElement> h1s, string? site)
    {
        var documentTitle = Whitespace.Collapse(document.Title);
        if (h1s.Count == 0 || documentTitle.Length == 0 || documentTitle.IndexOfAny(['|', '-', '–', '—', ':', '·']) < 0)
        {
            return null;
        }

        // An h1 the document title repeats (in full or in part) is the headline the other rules take.
        if (h1s.Any(h1 => Whitespace.Collapse(h1.TextContent) is { Length: > 0 } shown && documentTitle.Contains(shown, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var parts = DocumentTitleParts.Of(documentTitle, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        var firstH1 = h1s[0];
        foreach (var heading in document.SelectAll("h2"))
        {
            if (!heading.CompareDocumentPosition(firstH1).HasFlag(DocumentPositions.Following))
            {
                break;
            }

            var text = Whitespace.Collapse(heading.TextContent);
            if (text.Length is > 0 and <= MaxHeadingLength && Words.HasLetter(text) && heading.Nearest("header") is null && heading.SelectFirst("a, img") is null
                && !string.Equals(text, site, StringComparison.OrdinalIgnoreCase)
                && parts.Any(part => string.Equals(part, text, StringComparison.Ordinal)))
            {
                return text;
            }
        }

        return null;
    }
}
