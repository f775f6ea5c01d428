using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A microblog's status page: one post at the top ("&lt;div class="main-tweet"&gt;", "&lt;div class="detailed-status"&gt;") and
/// the replies to it under it ("&lt;div class="replies"&gt;"). The post is the article: the text box inside its box
/// ("tweet-content", "tweet-text", "status__content") is the body however short it is, the display name in its header
/// ("fullname", "display-name") its writer, and the box classed "replies" after it holds the comments. The post's text
/// is often under 200 characters and set in no paragraph, so neither the content-root markup nor the densest-prose
/// reading found it, and no comment container names a box of replies. Only a page with such a main post box is asked;
/// a news page's embedded tweet (a card inside the text, with no "main-" box) is not one.
/// </summary>
internal static class MainPostBox
{
    private const string Boxes = ".main-tweet, .main-status, .detailed-status, .permalink-tweet";
    private const string TextBoxes = ".tweet-content, .tweet-text, .status__content, .status-content";
    private const string Names = ".fullname, .display-name, .status__display-name";

    /// <summary>The page's main post box, or null on any other page.</summary>
    public static IElement? Of(IDocument document) => document.SelectFirst(Boxes);

    /// <summary>The main post's text box, which is the article's body.</summary>
    public static IElement? Text(IElement? box) => box?.SelectFirst(TextBoxes);

    /// <summary>The display name over the main post, its writer; null when its header shows none.</summary>
    public static string? Writer(IElement? box) =>
        box?.SelectFirst(Names) is { } name && Whitespace.Collapse(name.TextContent) is { Length: > 0 and <= 80 } shown ? shown : null;

    /// <summary>
    /// The box of replies after the main post, classed or named "replies", outside the post's box, made ready for the
    /// thread's reading: each reply's "@handle" beside its display name goes (the name is the writer's), and a chain of
    /// replies grouped in a box classed "thread" is given its levels as <c>data-depth</c>, each answering the one above,
    /// as the page draws the chain's line.
    /// </summary>
    public static IElement? Replies(IDocument document)
    {
        if (Of(document) is not { } box)
        {
            return null;
        }

        foreach (var replies in document.SelectAll(".replies, #replies"))
        {
            if (!box.Contains(replies) && !replies.Contains(box))
            {
                MatchingElements.Remove(replies, ".username", IsHandle);
                foreach (var chain in replies.SelectAll(".thread"))
                {
                    MarkChain(chain);
                }

                return replies;
            }
        }

        return null;
    }

    private static bool IsHandle(IElement element) => element.ChildElementCount == 0 && element.TextContent.AsSpan().Trim() is ['@', _, ..] handle && handle.IndexOf(' ') < 0;

    /// <summary>The chain's posts (its children that hold a name), each one level under the one before.</summary>
    private static void MarkChain(IElement chain)
    {
        var level = 0;
        for (var item = chain.FirstElementChild; item is not null; item = item.NextElementSibling)
        {
            if (item.SelectFirst(Names) is not null && !item.HasAttribute("data-depth"))
            {
                item.SetAttribute("data-depth", level.ToString(System.Globalization.CultureInfo.InvariantCulture));
                level++;
            }
        }
    }

    /// <summary>
    /// "&lt;span class="tweet-stat"&gt;&lt;div class="icon-container"&gt;&lt;span class="icon-comment"&gt;&lt;/span&gt; 3&lt;/div&gt;&lt;/span&gt;":
    /// the main post's stats row, a speech-bubble icon beside a bare number, states how many replies the post has, as
    /// <see cref="CommentIconCount"/> reads a story header's badge. Only an icon inside the main post's box counts, so a
    /// reply's own stats count nothing.
    /// </summary>
    public static int? ReplyCount(IElement? box)
    {
        if (box?.SelectFirst("[class*='icon-comment'], [class*='icon-reply']") is not { ParentElement: { } stat } icon || icon.TextContent.Trim().Length > 0)
        {
            return null;
        }

        return BareCount.Of(stat.TextContent.Trim());
    }

    /// <summary>
    /// "Name (@handle)" as the share title of a status page: the account's name, no headline (a post has none). True when
    /// the title opens with the main post's display name and says nothing but it and a handle.
    /// </summary>
    public static bool IsAccountTitle(string? title, IElement? box)
    {
        if (title is null || Writer(box) is not { } writer || !title.StartsWith(writer, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = title.AsSpan(writer.Length).Trim();
        return rest.IsEmpty || (rest is ['(', '@', .., ')'] && rest.IndexOf(' ') < 0);
    }
}
