using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="comment_author"&gt;&lt;a&gt;BuckeyeBeth&lt;/a&gt;&lt;/span&gt; &lt;span class="comment_fan"&gt;112 Fans&lt;/span&gt;": an
/// aggregator's own comment system prints the count of the writer's fans right after the name. It is no part of the
/// name, though the rendered header runs the two together ("BuckeyeBeth 112 Fans").
/// </summary>
internal static class CommentFollowerCounts
{
    public static void Remove(IElement container) => MatchingElements.Remove(container, "span, em, small, div", IsCountAfterName);

    private static bool IsCountAfterName(IElement element)
    {
        if (element.Children.Length > 0 || element.PreviousElementSibling is not { } name || !IsNameHolder(name)
            || string.IsNullOrWhiteSpace(name.TextContent))
        {
            return false;
        }

        var text = element.TextContent;
        return text.Length < 30 && CommentLine.IsFollowerCount(Whitespace.Collapse(text).Trim());
    }

    /// <summary>The name's link, or an element whose class says it holds the writer's name.</summary>
    private static bool IsNameHolder(IElement element) =>
        element.LocalName == "a" || (element.LocalName is "span" or "cite" or "strong" or "b" && element.ClassName is { } classes
            && (classes.Contains("user", StringComparison.OrdinalIgnoreCase) || classes.Contains("name", StringComparison.OrdinalIgnoreCase)
                || classes.Contains("author", StringComparison.OrdinalIgnoreCase)));
}
