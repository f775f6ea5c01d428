using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section id="post-812" class="single-post-view post-812 post type-post status-publish … tag-social-media
/// tag-harbour"&gt;": WordPress's post_class() writes each of the post's tags and categories into the class of the box
/// that holds the post. Those words name the post's terms ("tag-…", "category-comments"), not furniture: read as class
/// words, "tag" or "social" took the whole post for a tag row or a share box, and the page kept no text. Only the box's
/// other classes say whether it is furniture. A custom taxonomy's terms come the same way ("keyword-day-pack",
/// "topics-summer"): read as class words, "keyword" took the whole post for a tag list, its every link (the writer's
/// name, the comment count, the jump links) a tag.
/// </summary>
internal static class WordPressPostTermClasses
{
    private static readonly string[] TermPrefixes = ["tag-", "category-", "keyword-", "keywords-", "topics-"];

    /// <summary>
    /// The element's class without its term classes when the class is post_class()'s ("type-post" and "status-publish",
    /// or "hentry"); otherwise the class as it is.
    /// </summary>
    public static string? Without(IElement element)
    {
        var names = element.ClassName;
        // Asked of most elements of a page: no closure over the class, which cost a delegate each time.
        if (names is null || !HoldsTermPrefix(names) || !IsPostClass(element))
        {
            return names;
        }

        return string.Join(' ', element.ClassList.Where(name => !TermPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))));
    }

    private static bool HoldsTermPrefix(string names)
    {
        foreach (var prefix in TermPrefixes)
        {
            if (names.Contains(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPostClass(IElement element)
    {
        var type = false;
        var status = false;
        foreach (var name in element.ClassList)
        {
            if (name == "hentry")
            {
                return true;
            }

            type |= name.StartsWith("type-", StringComparison.Ordinal);
            status |= name.StartsWith("status-", StringComparison.Ordinal);
        }

        return type && status;
    }
}
