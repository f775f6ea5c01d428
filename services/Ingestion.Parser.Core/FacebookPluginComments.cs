using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The Facebook comments plugin as rendered from 2014 on ("UFI" markup): each comment is a box holding the writer's
/// "a.UFICommentActorName", the profile's subtitle after it ("&lt;span&gt; · Top Commenter&lt;/span&gt;"), the text, and a
/// footer "Like · Reply · 38 · September 29, 2015 6:02pm" whose dots are <c>aria-hidden</c> and whose time is an
/// "abbr[data-utime]". Its classes are generated ("_3-8y", "_44ri") and change from build to build; the writer's class, the
/// time's attributes and the footer's <c>role="button"</c> links do not. Read as it stands, the footer runs together
/// ("LikeReply38") and, ending in the time, passes for the next comment's header. Each box is set out as a comment
/// header a reader would take from it (name, then time) over its text, and a block after a comment that holds further
/// comments set like it (a block of its class inside) under a class of its own is that comment's replies.
/// </summary>
internal static class FacebookPluginComments
{
    private const string NameSelector = ".UFICommentActorName";
    private const string TimeSelector = "abbr[data-utime], abbr.livetimestamp";

    /// <summary>The class word the HTML renderer indents a block of replies by.</summary>
    private const string RepliesClass = "replies";

    public static void Normalise(IElement container)
    {
        // The build of 2012–2013 ("li.fbFeedbackPost" items, replies in "ul.fbFeedbackReplyList") marks its writers the
        // same way but sets each comment in a list item of its own, which the reader takes as it stands; its box around
        // name and time holds the replies too, and would be cut apart here.
        if (container.SelectFirst(".fbFeedbackPost") is not null)
        {
            return;
        }

        // "<span class="UFICommentActorName"><a class="UFICommentActorName">…</a></span>": some builds mark the link's
        // holder too; the outermost mark is the name.
        var names = container.QuerySelectorAll(NameSelector).Where(IsOutermostName).ToList();
        if (names.Count == 0)
        {
            return;
        }

        var found = new List<(IElement Name, IElement Box, IElement Time)>();
        foreach (var name in names)
        {
            if (BoxOf(name, container) is { } box && box.QuerySelectorAll(NameSelector).Count(IsOutermostName) == 1)
            {
                found.Add((name, box, box.QuerySelector(TimeSelector)!));
            }
        }

        var boxes = found.Select(comment => comment.Box).ToHashSet();
        foreach (var box in boxes)
        {
            MarkReplies(box, container, boxes);
        }

        foreach (var (name, box, time) in found)
        {
            Rewrite(name, box, time);
        }
    }

    private static bool IsOutermostName(IElement name) => name.ParentElement?.Closest(NameSelector) is null;

    /// <summary>The smallest block around the writer's name that also holds the comment's time: the comment, without its avatar.</summary>
    private static IElement? BoxOf(IElement name, IElement container)
    {
        for (var box = name.ParentElement; box is not null && box != container; box = box.ParentElement)
        {
            if (box.QuerySelector(TimeSelector) is not null)
            {
                return box;
            }
        }

        return null;
    }

    /// <summary>
    /// "div._4k-6 &gt; [div._3-8y (comment), div._44ri (its replies) &gt; … div._3-8y (reply)]": climbing from a comment, a
    /// block that follows a block holding a comment, has another class than it and holds a block of that block's own class
    /// (a reply is set like the comment it answers) is that comment's replies. Top-level comments in a list repeat their
    /// item's class ("div._4k-6", "div._4k-6"), and a comment after a block of replies ("div._3-8y" after "div._44ri")
    /// holds no block of the replies' class, so neither is taken for a reply to the block before it.
    /// </summary>
    private static void MarkReplies(IElement box, IElement container, HashSet<IElement> boxes)
    {
        for (var block = box; block != container && block.ParentElement is { } parent; block = parent)
        {
            if (block.PreviousElementSibling is { ClassName: { Length: > 0 } itemClass } before && !boxes.Contains(block)
                && !string.Equals(itemClass, block.ClassName, StringComparison.Ordinal)
                && (before.Matches(NameSelector) || before.QuerySelector(NameSelector) is not null)
                && block.SelectAll("*").Any(inner => string.Equals(inner.ClassName, itemClass, StringComparison.Ordinal)))
            {
                block.ClassList.Add(RepliesClass);
            }
        }
    }

    private static void Rewrite(IElement name, IElement box, IElement time)
    {
        var footer = time;
        while (footer.ParentElement is { } parent && parent != box)
        {
            footer = parent;
        }

        if (footer.Contains(name))
        {
            return;
        }

        var writer = Whitespace.Collapse(name.TextContent);
        var title = time.GetAttribute("title");
        var date = title is not null && DateLineParser.TryParseLine(title, out _) ? title : Whitespace.Collapse(time.TextContent);
        footer.Remove();
        RemoveSubtitle(name);
        name.Remove();

        var document = box.Owner!;
        var holder = box.Parent!;
        var after = box.NextSibling;
        holder.InsertBefore(ForumPostComment.Create(document, writer, date, box), after);
    }

    /// <summary>
    /// "&lt;span&gt; · Top Commenter&lt;/span&gt;", " · Works at Lakeport Public Works", " · Lakeport High School": the
    /// profile's subtitle, which the plugin opens with a middle dot, after the name; the comment's text is no such span.
    /// </summary>
    private static void RemoveSubtitle(IElement name)
    {
        var holder = name.Parent!;
        while (name.NextSibling is { } next
               && ((next is IText && next.TextContent.AsSpan().Trim(" ·\u00a0\t\r\n").IsEmpty)
                   || (next is IElement { LocalName: "span" } inline && inline.ChildElementCount == 0 && inline.TextContent.AsSpan().TrimStart(" \u00a0").StartsWith("·"))))
        {
            holder.RemoveChild(next);
        }
    }
}
