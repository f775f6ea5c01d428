using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "pixelmonk Recommended" (Chorus, 2012), "gridlocked Ars Scholae Palatinae" (phpBB-backed article threads): a site's
/// own comment system prints the mark it gave the comment or the writer's forum rank in an element of its own, right
/// after the link holding the writer's name, and its class says what it is ("recommended-flag", "rank", "badge",
/// "flair"). It is no part of the name, though the rendered header runs the two together. Livefyre marks the site's
/// own account so after the span holding the name ("The Coastal Sun" + "Moderator", `fyre-comment-moderator`). A
/// contributor network marks its writers' replies by their role ("Dana Reyes" + "span.role" "Contributor"). A
/// broadsheet's discussion marks its journalists' comments after the span holding the name ("span.d-comment__author"
/// "Imogen Fairley" + "span.d-comment__staff" "Staff"). GitHub-backed comments (giscus) mark the post's writer by the
/// account's association with the repository ("priyadesai" + "span.gsc-comment-author-association" "Author").
/// </summary>
internal static class CommentNameBadges
{
    private static readonly WordSet BadgeClassParts = new(["rank", "badge", "flair", "recommended", "usertitle", "moderator", "role", "staff", "association"]);

    private const int MostWords = 4;

    public static void Remove(IElement container) => MatchingElements.Remove(container, "span, em, small, strong, div", element => IsBadgeAfterName(element) || IsBadgeBeforeName(element) || IsBadgeAfterAvatar(element) || IsCapitalsTitleOverName(element));

    /// <summary>
    /// CapitalsTitleOverName (a widening): "&lt;div class="author_name has_title"&gt;&lt;div class="arial_11 bold"&gt;HARBOUR SUPER
    /// USER&lt;/div&gt;&lt;a href="/social/quaysider"&gt;quaysider&lt;/a&gt;…": an aggregator's own comment system prints the level it
    /// gave a reader in capitals over the name link, in the box holding the name. It is no name, though it renders as the
    /// header's first line and is then taken for the writer. Its class says nothing; the capitals, the link right after it and
    /// the box's class do.
    /// </summary>
    private static bool IsCapitalsTitleOverName(IElement element)
    {
        if (element.Children.Length > 0 || element.NextElementSibling is not { LocalName: "a" } name || string.IsNullOrWhiteSpace(name.TextContent)
            || element.ParentElement?.ClassName is not { } box
            || !(box.Contains("author", StringComparison.OrdinalIgnoreCase) || box.Contains("name", StringComparison.OrdinalIgnoreCase)
                || box.Contains("user", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var text = Whitespace.Collapse(element.TextContent).Trim();
        var words = text.Split(' ').Length;
        return words is >= 2 and <= MostWords + 1 && text.Any(char.IsLetter) && !text.Any(char.IsLower) && !text.Any(char.IsDigit)
            && !Whitespace.Collapse(name.TextContent).Trim().Equals(text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// BadgeAfterAvatar (a widening): "&lt;a class="fig-comment-avatar"&gt;&lt;img alt="Avatar"&gt;&lt;/a&gt;&lt;span
    /// class="fig-comment-type"&gt;Abonné&lt;/span&gt;": a daily's own comment system marks a subscriber's comment by a word
    /// set under the commenter's picture, above the name. It is the reader's status, not the name, though it renders as
    /// the comment's first line. The picture's link holds no text and its class names the avatar; the word is the last thing
    /// in the picture's box, which its class names too.
    /// </summary>
    private static bool IsBadgeAfterAvatar(IElement element)
    {
        // Last in the picture's own box: "<a class="idc-avatar">…</a><span class="idc-i">Bob Kinney</span><span
        // class="idc-time">" sets a guest's unlinked name after the picture, in the header row, with more after it.
        if (element.Children.Length > 0 || element.NextElementSibling is not null || element.PreviousElementSibling is not { LocalName: "a" } avatar
            || avatar.ClassName?.Contains("avatar", StringComparison.OrdinalIgnoreCase) != true || !string.IsNullOrWhiteSpace(avatar.TextContent)
            || element.ParentElement?.ClassName?.Contains("avatar", StringComparison.OrdinalIgnoreCase) != true)
        {
            return false;
        }

        var text = Whitespace.Collapse(element.TextContent).Trim();
        return text.Length > 0 && text.Split(' ').Length <= MostWords && !text.Any(char.IsDigit);
    }

    /// <summary>
    /// "&lt;span class="badge htmPick"&gt;Times Pick&lt;/span&gt; &lt;span class="commenterName"&gt;Ellen Sturgis&lt;/span&gt;": a broadsheet's
    /// readers' comments set the editors' pick mark before the name, with only a space between.
    /// </summary>
    private static bool IsBadgeBeforeName(IElement element)
    {
        if (element.NextElementSibling is not { } name || !IsNameHolder(name) || string.IsNullOrWhiteSpace(name.TextContent)
            || !element.ClassList.Any(HasBadgePart) || element.Children.Length > 0
            || element.NextSibling is IText { } gap && gap.NextSibling == name && !string.IsNullOrWhiteSpace(gap.Data))
        {
            return false;
        }

        var text = Whitespace.Collapse(element.TextContent).Trim();
        return text.Length > 0 && text.Split(' ').Length <= MostWords && !text.Any(char.IsDigit);
    }

    private static bool IsBadgeAfterName(IElement element)
    {
        if (element.PreviousElementSibling is not { } name || !IsNameHolder(name) || string.IsNullOrWhiteSpace(name.TextContent)
            || !element.ClassList.Any(HasBadgePart) || element.Children.Length > 0)
        {
            return false;
        }

        var text = Whitespace.Collapse(element.TextContent).Trim();
        return text.Length > 0 && text.Split(' ').Length <= MostWords && !text.Any(char.IsDigit);
    }

    /// <summary>The name's link, or a span whose class says it holds the user's name ("fyre-comment-user").</summary>
    private static bool IsNameHolder(IElement element) =>
        element.LocalName == "a" || (element.LocalName is "span" or "cite" && element.ClassName is { } classes
            && (classes.Contains("user", StringComparison.OrdinalIgnoreCase) || classes.Contains("name", StringComparison.OrdinalIgnoreCase)
                || classes.Contains("author", StringComparison.OrdinalIgnoreCase)));

    private static bool HasBadgePart(string token)
    {
        foreach (var part in token.Split('-', '_'))
        {
            if (BadgeClassParts.Contains(part))
            {
                return true;
            }
        }

        return false;
    }
}
