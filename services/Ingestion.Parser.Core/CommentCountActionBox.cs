using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="comment action"&gt;&lt;p&gt;&lt;i class="icon-comment"&gt;&lt;/i&gt; Comment (&lt;span&gt;1&lt;/span&gt;)&lt;/p&gt;&lt;/div&gt;"
/// beside "Like (12)", "Save" and "Tweet" in the action rows over and under a story: the button that opens the thread,
/// classed for what it opens. Its class names it a control ("action", "button", "btn"), or its whole text is the
/// thread's count label; a comment says more than that. Two such buttons, over and under the text, are no thread whose
/// box is the smallest one holding both (<see cref="CommentBoxesCommonBox"/> passes them over): that box is the story.
/// </summary>
internal static class CommentCountActionBox
{
    /// <summary>"Comments (1,234)" with an icon's word or two: a label, never a comment.</summary>
    private const int MaxLabelLength = 40;

    private static readonly string[] ControlClasses = ["action", "button", "btn"];

    public static bool Is(IElement box)
    {
        foreach (var control in ControlClasses)
        {
            if (box.ClassList.Contains(control))
            {
                return true;
            }
        }

        var text = Whitespace.Collapse(box.TextContent);
        return text.Length <= MaxLabelLength && CommentHeadings.DeclaredCount(text) is not null;
    }
}
