using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="taglist"&gt;&lt;a href="/liga/"&gt;liga&lt;/a&gt; &lt;a href="/fotbal/"&gt;Fotbal&lt;/a&gt;&lt;/div&gt;": a box whose class
/// names it the story's tag list, its links unlabelled, under the text. What the reader sees outranks the keywords meta,
/// as a labelled list ("Tags: …") does; the looser tag-list classes (<see cref="TagLinks"/>, "topics", "keywords") are
/// asked only after the metas, as they also name rails of teasers.
/// </summary>
internal static class TagListBox
{
    private const int LongestTag = 60;

    public static List<string> Find(IDocument document)
    {
        var box = document.SelectFirst(".taglist, .tag-list, .tags-list");
        if (box is null || box.SelectFirst("img, h2, h3, h4") is not null)
        {
            return [];
        }

        return box.SelectAll("a")
            .Select(link => Whitespace.Collapse(link.TextContent).TrimStart('#'))
            .Where(tag => tag.Length is > 0 and < LongestTag)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
