using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="comments_header"&gt;&lt;h3&gt;Comments (6)&lt;/h3&gt; &lt;span&gt;Pending Comments 0&lt;/span&gt; &lt;a&gt;View FAQ&lt;/a&gt;&lt;/div&gt;"
/// first inside the thread: the thread's header box, its count heading beside the system's counters and links. The
/// heading's count is the thread's; the rest of the box is no comment, though rendered it reads like a writer's name
/// over the first comment ("Pending Comments 0 View FAQ").
/// </summary>
internal static class ThreadHeaderBox
{
    /// <summary>A heading, a counter or two and a link; a comment is longer.</summary>
    private const int MostLength = 300;

    /// <summary>The count the box's heading declares, the box taken out of the thread; null, and the box left, otherwise.</summary>
    public static int? Take(IElement container)
    {
        if (container.FirstElementChild is not { } box || IsHeading(box) || box.ClassName is not { } classes
            || !classes.Contains("head", StringComparison.OrdinalIgnoreCase) || ShownLength.Of(box.TextContent) >= MostLength)
        {
            return null;
        }

        foreach (var child in box.Children)
        {
            if (IsHeading(child) && CommentHeadings.DeclaredCount(Whitespace.Collapse(child.TextContent)) is { } count)
            {
                box.Remove();
                return count;
            }
        }

        return null;
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h2" or "h3" or "h4" or "h5";
}
