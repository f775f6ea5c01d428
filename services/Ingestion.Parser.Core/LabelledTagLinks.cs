using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;Filed Under &lt;a&gt;Local News&lt;/a&gt; &lt;a&gt;Education&lt;/a&gt;&lt;/div&gt;": a tag label, with or without its
/// colon, then only links. A reader sees one tag per link, even where the rendering runs the links together with spaces
/// and no text line could split them; the list the page shows outranks the keywords meta.
/// </summary>
internal static class LabelledTagLinks
{
    private static readonly WordSet Labels = new(["filed under", "tags", "tagged", "tagged with", "topics", "related topics", "keywords"]);

    public static List<string> Find(IDocument document)
    {
        foreach (var holder in document.QuerySelectorAll("div, p, span"))
        {
            if (holder.FirstChild is not IText label || !Labels.Contains(label.Data.AsSpan().Trim().TrimEnd(':').Trim()))
            {
                continue;
            }

            var links = new List<string>();
            foreach (var node in holder.ChildNodes.Skip(1))
            {
                if (node is IElement { LocalName: "a" } link && Whitespace.Collapse(link.TextContent) is { Length: > 0 and < 60 } tag)
                {
                    links.Add(tag);
                }
                else if (node is not IText separator || separator.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length > 0)
                {
                    links.Clear();
                    break;
                }
            }

            if (links.Count > 0)
            {
                return [.. links.Distinct(StringComparer.OrdinalIgnoreCase)];
            }
        }

        return [];
    }
}
