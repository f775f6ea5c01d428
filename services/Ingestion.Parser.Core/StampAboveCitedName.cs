using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;li class="postStamp"&gt;2:15 pm November 11, 2014&lt;/li&gt;&lt;li class="posterName"&gt;&lt;cite&gt;Marc Adler&lt;/cite&gt;
/// wrote:&lt;/li&gt;": a blog theme prints each comment's time above its writer's name. Rendered to lines, the time under one
/// comment's text and over the next one's name reads as the end of the comment above it, so every comment took the
/// next one's time. The comment's parts name themselves here: the writer's name in a <c>cite</c> (the classic comment
/// markup) and, in the box before it, a date and nothing else. That box moves after the name's, the order the line rules
/// read a comment header in. Cost: per <c>cite</c> in the thread, a climb to its box and one date test of the box before it.
/// </summary>
internal static class StampAboveCitedName
{
    /// <summary>A date box is one short line.</summary>
    private const int LongestStamp = 60;

    public static void Normalise(IElement container)
    {
        foreach (var name in container.SelectAll("cite").ToList())
        {
            var holder = name;
            while (holder.PreviousElementSibling is null && holder.ParentElement is { } parent && parent != container)
            {
                holder = parent;
            }

            if (holder.PreviousElementSibling is { ChildElementCount: 0 } stamp && IsDateOnly(stamp))
            {
                holder.After(stamp);
            }
        }
    }

    private static bool IsDateOnly(IElement box) =>
        box.TextContent.Trim() is { Length: > 0 and <= LongestStamp } text && DateLineParser.TryParseLine(Whitespace.Collapse(text), out _);
}
