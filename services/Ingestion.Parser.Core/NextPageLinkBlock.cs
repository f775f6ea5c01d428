using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="notice"&gt;&lt;a href="…/news089_2.html"&gt;How did the benchmark go?&lt;/a&gt;&lt;/div&gt;" and "&lt;div class="ctrl"&gt;
/// &lt;strong&gt;1&lt;/strong&gt;|&lt;a href="…_2.html"&gt;2&lt;/a&gt; &lt;a href="…_2.html"&gt;次のページへ&lt;/a&gt;&lt;/div&gt;" closing the text of a story
/// split over pages, whose head names the next page ("&lt;link rel="next" href="…_2.html"&gt;"): a teaser for the next page
/// and the pager's row, in any language, no paragraphs. A short block (at most <see cref="MaxLength"/> characters) whose
/// every link goes to the page the head names as next is removed; a link to it inside a longer paragraph stays, with its
/// paragraph. A WordPress head may name two next pages: the blog's next post ("&lt;link rel='next' title='…'
/// href='…/2014/12/31/other-post/'&gt;") and, further down, the story's own second page ("&lt;link rel='next'
/// href='…/this-post/2/'&gt;"); the pager ("Next Page", "Continued on Next Page &gt;&gt;", "1 2") links the second, so every
/// next page the head names counts, not only the first (the widening NextPageAfterNextPost).
/// </summary>
internal static class NextPageLinkBlock
{
    /// <summary>Longest text of such a block.</summary>
    private const int MaxLength = 60;

    public static void Remove(IDocument document)
    {
        if (document.Head is not { } head)
        {
            return;
        }

        List<string>? next = null;
        foreach (var named in head.SelectAll("link[rel='next'][href]"))
        {
            if (named.GetAttribute("href") is { Length: > 0 } target)
            {
                (next ??= []).Add(target);
            }
        }

        if (next is null)
        {
            return;
        }

        List<IElement>? blocks = null;
        foreach (var link in document.SelectAll("a[href]"))
        {
            if (link.GetAttribute("href") is not { } href || !next.Contains(href))
            {
                continue;
            }

            // The largest box around the link that stays short and links only to the next page.
            IElement? block = null;
            for (var box = link.ParentElement; box is not null && box.LocalName is not ("body" or "main" or "article") && IsPagerBox(box, next); box = box.ParentElement)
            {
                block = box;
            }

            if (block is not null)
            {
                (blocks ??= []).Add(block);
            }
        }

        foreach (var block in blocks ?? [])
        {
            block.Remove();
        }
    }

    private static bool IsPagerBox(IElement box, List<string> next)
    {
        if (box.TextContent.AsSpan().Trim().Length > MaxLength)
        {
            return false;
        }

        foreach (var link in box.GetElementsByTagName("a"))
        {
            if (link.GetAttribute("href") is not { } href || !next.Contains(href))
            {
                return false;
            }
        }

        return true;
    }
}
