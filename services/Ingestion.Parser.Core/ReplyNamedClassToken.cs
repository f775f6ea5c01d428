using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="panel panel-default"&gt;…&lt;/div&gt;&lt;div class="panel panel-default comment-reply-panel"&gt;…&lt;/div&gt;": a blog
/// template lists its comments flat, side by side, and marks the writer's answer only by one more class token that names a
/// reply, placing it right under the comment it answers. <see cref="ReplyClassDepth"/> reads the same mark when the boxes
/// are classed "comment" and the mark is a bare "reply"; here neither is. In a box whose children share their classes, the
/// children that add one token naming a reply ("comment-reply-panel", "reply-item") to the classes the others carry are
/// given the level 1 as a <c>data-depth</c>, the others 0, so a marked comment answers the unmarked one above it. Children
/// without those classes (the thread's heading) are passed over. Only when the run opens with an unmarked child, at least
/// two are unmarked, and none holds another: a box of nothing but replies, or of nested comments, is left as it is.
/// Cost: one query for class tokens holding "reply" inside the thread's box, then a walk over the few boxes that hold one.
/// </summary>
internal static class ReplyNamedClassToken
{
    public static void Mark(IElement container)
    {
        IElement? done = null;
        foreach (var reply in container.SelectAll("[class*='reply']"))
        {
            if (reply.ParentElement is not { } box || box == done || reply.HasAttribute("data-depth") || ReplyToken(reply) is not { } mark)
            {
                continue;
            }

            done = box;
            var shared = reply.ClassList.Where(token => token != mark).ToArray();
            if (shared.Length == 0 || !IsFlatMixedList(box, shared))
            {
                continue;
            }

            for (var child = box.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (Carries(child, shared))
                {
                    child.SetAttribute("data-depth", ReplyToken(child) is null ? "0" : "1");
                }
            }
        }
    }

    /// <summary>
    /// The children that carry the reply's other classes (a heading or a "more" link beside them does not) carry nothing
    /// more, or one token naming a reply; the first of them is unmarked.
    /// </summary>
    private static bool IsFlatMixedList(IElement box, string[] shared)
    {
        var marked = 0;
        var unmarked = 0;
        for (var child = box.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (!Carries(child, shared))
            {
                continue;
            }

            var extra = child.ClassList.Length - shared.Length;
            if (extra == 0 && !child.HasAttribute("data-depth"))
            {
                unmarked++;
            }
            else if (extra == 1 && unmarked > 0 && ReplyToken(child) is not null && !child.HasAttribute("data-depth"))
            {
                marked++;
            }
            else
            {
                return false;
            }

            if (child.GetElementsByClassName(shared[0]).Length > 0)
            {
                return false;
            }
        }

        return marked > 0 && unmarked >= 2;
    }

    private static bool Carries(IElement element, string[] shared)
    {
        var classes = element.ClassList;
        foreach (var token in shared)
        {
            if (!classes.Contains(token))
            {
                return false;
            }
        }

        return true;
    }

    private static string? ReplyToken(IElement element)
    {
        foreach (var token in element.ClassList)
        {
            if (token.Contains("reply", StringComparison.OrdinalIgnoreCase))
            {
                return token;
            }
        }

        return null;
    }
}
