using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="Comment"&gt;…&lt;div class="CommentHeader"&gt;&lt;a class="CommentDate"&gt;December 21, 2014&lt;/a&gt;
/// &lt;a class="CommentAuthor"&gt;handle:&lt;/a&gt;&lt;/div&gt;&lt;div class="CommentMessage"&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;&lt;/div&gt;":
/// a blog plugin that copies a forum topic's replies under the post (wp-discourse, 2014) prints the date before the
/// writer on one line and the writer's handle with a colon. Read as lines, "December 21, 2014 handle:" is no header the
/// line rules know, and the thread came out empty; its box, classed "Comments" with a capital, is found by none of the
/// usual containers either. The markup names each part with a "comment…" class token ending in "Author", "Date" and
/// "Message" (any case, joined or with a dash or underscore), inside an item whose token is "comment" itself: read as
/// it stands, and only where the line reading found no comment, so a thread the lines already read keeps its reading.
/// Cost: one query of the thread box for message parts, only when its lines gave nothing; the box's fallback one query
/// of the page, only when no other container was found.
/// </summary>
internal static class NamedPartComments
{
    private const string PartPrefix = "comment";

    /// <summary>"[class*='omment'][class*='essage']": "CommentMessage", "comment-message", either case of the two words' first letters.</summary>
    private const string MessageCandidates = "[class*='omment'][class*='essage']";

    /// <summary>The box holding the thread: the nearest element round a named message whose class token is "comments", any case.</summary>
    public static IElement? Box(IDocument document)
    {
        foreach (var message in document.SelectAll(MessageCandidates))
        {
            if (!HasPart(message, "message") || ItemOf(message, stop: null) is not { } item || PartIn(item, "author") is null)
            {
                continue;
            }

            for (var box = item.ParentElement; box is not null && box.LocalName is not ("body" or "html"); box = box.ParentElement)
            {
                if (HasToken(box, "comments"))
                {
                    return box;
                }
            }
        }

        return null;
    }

    /// <summary>The comments whose parts the markup names, in page order; empty when it names none.</summary>
    public static IReadOnlyList<ParsedComment> Read(IElement container)
    {
        var threader = new CommentThreader();
        foreach (var message in container.SelectAll(MessageCandidates))
        {
            if (!HasPart(message, "message") || ItemOf(message, container) is not { } item || PartIn(item, "author") is not { } author)
            {
                continue;
            }

            var paragraphs = HtmlText.Lines(message).Select(line => Whitespace.Collapse(line.Text).Trim()).Where(text => text.Length > 0).ToList();
            var name = Whitespace.Collapse(author.TextContent).Trim().TrimEnd(':').TrimEnd();
            if (paragraphs.Count == 0 || name.Length == 0)
            {
                continue;
            }

            string? postedAt = null;
            if (PartIn(item, "date") is { } date && DateLineParser.TryParseLine(Whitespace.Collapse(date.TextContent).Trim(), out var time))
            {
                postedAt = time.ToIso();
            }

            threader.Add(Depth(item, container), name, postedAt, paragraphs);
        }

        return threader.Finish();
    }

    /// <summary>The nearest element round the part whose class token is "comment": the one comment it belongs to.</summary>
    private static IElement? ItemOf(IElement part, IElement? stop)
    {
        for (var item = part.ParentElement; item is not null && item != stop; item = item.ParentElement)
        {
            if (HasToken(item, PartPrefix))
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The item's own part of that kind: not one of a reply nested in it.</summary>
    private static IElement? PartIn(IElement item, string part)
    {
        foreach (var element in item.SelectAll("[class*='omment']"))
        {
            if (HasPart(element, part) && ItemOf(element, stop: null) == item)
            {
                return element;
            }
        }

        return null;
    }

    private static int Depth(IElement item, IElement container)
    {
        var depth = 0;
        for (var parent = item.ParentElement; parent is not null && parent != container; parent = parent.ParentElement)
        {
            depth += HasToken(parent, PartPrefix) ? 1 : 0;
        }

        return depth;
    }

    /// <summary>"CommentAuthor", "comment-author", "comment_author": the prefix, at most one joining mark, the part's name.</summary>
    private static bool HasPart(IElement element, string part)
    {
        foreach (var token in element.ClassList)
        {
            if (token.StartsWith(PartPrefix, StringComparison.OrdinalIgnoreCase) && token.EndsWith(part, StringComparison.OrdinalIgnoreCase)
                && token.Length - PartPrefix.Length - part.Length is 0 or 1 && token.Length > PartPrefix.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasToken(IElement element, string token)
    {
        foreach (var each in element.ClassList)
        {
            if (each.Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
