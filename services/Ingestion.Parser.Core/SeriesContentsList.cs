using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul&gt;&lt;li&gt;&lt;strong&gt;The story so far&lt;/strong&gt;&lt;br&gt;【Part 1】&lt;a&gt;Building the first PC&lt;/a&gt;&lt;br&gt;…【Part 4】&lt;a
/// href="(this page)"&gt;Comparing the new drives&lt;/a&gt; ※this article&lt;/li&gt;&lt;/ul&gt;" under a serial's opening paragraphs:
/// the series' contents, one link a part, the part the reader is on linked to the page's own address (its canonical
/// link). A short list (at most <see cref="MaxLength"/> characters, at least two links) holding a link to the page itself
/// is such a table of contents, no paragraphs of the story. A list linking nowhere to the page stays.
/// </summary>
internal static class SeriesContentsList
{
    /// <summary>Longest text of such a list.</summary>
    private const int MaxLength = 400;

    private const int LeastLinks = 2;

    public static void Remove(IDocument document)
    {
        if (document.Head?.SelectFirst("link[rel='canonical'][href]")?.GetAttribute("href") is not { Length: > 0 } self)
        {
            return;
        }

        List<IElement>? lists = null;
        foreach (var link in document.SelectAll("ul a[href], ol a[href]"))
        {
            if (string.Equals(link.GetAttribute("href"), self, StringComparison.Ordinal) && link.Nearest("ul, ol") is { } list
                && list.GetElementsByTagName("a").Length >= LeastLinks && list.TextContent.AsSpan().Trim().Length <= MaxLength)
            {
                (lists ??= []).Add(list);
            }
        }

        foreach (var list in lists ?? [])
        {
            list.Remove();
        }
    }
}
