using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="comments-header"&gt;&lt;span class="title"&gt;View comments&lt;/span&gt; (12)&lt;/div&gt;&lt;div class="content"&gt;&lt;div
/// class="terms"&gt;…&lt;/div&gt;&lt;div id="comments"&gt;…": the thread's header box, no heading element, stands over the box that
/// wraps the thread with its terms of use, not right over the thread. A short box whose class names a header, over the
/// thread or over one of the two boxes that hold it, declares the count it states; so does a panel's title bar
/// ("portlet-title") over the thread's panel body, its first line when buttons follow the count.
/// </summary>
internal static class ThreadHeaderOverBox
{
    /// <summary>"View comments (12)" and the like; a header box holding more is no count's box.</summary>
    private const int LongestHeader = 60;

    private const int Levels = 3;

    public static int? Count(IElement container)
    {
        var box = container;
        for (var level = 0; level < Levels && box is not null && box.LocalName is not ("body" or "html"); level++, box = box.ParentElement)
        {
            for (var above = box.PreviousElementSibling; above is not null; above = above.PreviousElementSibling)
            {
                if (above.ClassName is { } className && (className.Contains("head", StringComparison.OrdinalIgnoreCase) || PanelTitleCaption.IsTitleBar(above))
                    && NodeText.IsShorterThan(above, LongestHeader * 4) && Whitespace.Collapse(above.TextContent) is { Length: > 0 and <= LongestHeader } text
                    && (CommentHeadings.DeclaredCount(text) ?? FirstLineCount(above)) is { } count)
                {
                    return count;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "&lt;div class="portlet-title"&gt;&lt;div class="caption"&gt;Replies(14)&lt;/div&gt;&lt;div class="actions"&gt;&lt;button&gt;Flat
    /// view&lt;/button&gt;&lt;/div&gt;&lt;/div&gt;": a panel's title bar holds the thread's buttons beside its count; the count is
    /// the bar's first line.
    /// </summary>
    private static int? FirstLineCount(IElement box) =>
        HtmlText.Lines(box).Where(line => !line.IsBlank).Select(line => line.Text).FirstOrDefault() is { } first ? CommentHeadings.DeclaredCount(first) : null;
}
