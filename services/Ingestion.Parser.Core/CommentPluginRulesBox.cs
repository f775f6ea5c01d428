using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;p&gt;… welcomes a lively debate … Please read our &lt;a href="/community_guidelines.html"&gt;…&lt;/a&gt; … &lt;a
/// href="/privacy.html"&gt;…&lt;/a&gt; … &lt;a href="/terms.html"&gt;…&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;The views below are the commenters' own.&lt;/p&gt;&lt;/div&gt;
/// &lt;div class="fb-comments" data-href="…"&gt;&lt;/div&gt;": the note a site sets right over its comment plugin's mount point
/// (Facebook's, Disqus's), the thread's rules with links to the site's guidelines, privacy or terms pages, is no part of
/// the story, in whatever language it is written. Only a small box (three paragraphs or fewer, no heading, picture or
/// list) that links to such a page goes: the text's own last paragraphs, in a box of their own over the plugin, link to
/// no rules page. Asked before the comment section is read, which takes the plugin's box away. Cost: once a page, one selector query for the plugin's mount point; the box is read only when there
/// is one.
/// </summary>
internal static class CommentPluginRulesBox
{
    private const int MaxParagraphs = 3;
    private const int MaxLength = 800;

    private static readonly string[] RulesPages = ["guideline", "privacy", "terms", "rules", "policy", "policies"];

    public static void Remove(IDocument document)
    {
        foreach (var mount in document.SelectAll("div.fb-comments, div#disqus_thread").ToList())
        {
            if (mount.PreviousElementSibling is { LocalName: "div" } box && IsRulesNote(box))
            {
                box.Remove();
            }
        }
    }

    private static bool IsRulesNote(IElement box)
    {
        var paragraphs = box.SelectAll("p").Length;
        if (paragraphs is 0 or > MaxParagraphs || box.SelectFirst("h1, h2, h3, h4, h5, h6, img, figure, ul, ol, table, iframe") is not null
            || Whitespace.Collapse(box.TextContent).Length > MaxLength)
        {
            return false;
        }

        foreach (var link in box.SelectAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            foreach (var page in RulesPages)
            {
                if (href.Contains(page, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
