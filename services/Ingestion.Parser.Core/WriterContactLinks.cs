using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="authorPopup"&gt;…&lt;ul&gt;&lt;li&gt;&lt;a href="https://twitter.com/intent/follow?screen_name=…"&gt;auf Twitter
/// folgen&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href="mailto:…"&gt;eine E-Mail senden&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;": the writer's card beside the
/// byline lists buttons to follow or mail the writer. In any language their words are no paragraphs of the story.
/// </summary>
internal static class WriterContactLinks
{
    private const int MaxButtonLength = 40;

    private static readonly string[] ContactAddresses =
        ["mailto:", "twitter.com/", "x.com/", "facebook.com/", "instagram.com/", "linkedin.com/", "threads.net/", "bsky.app/", "mastodon."];

    public static void Remove(IElement root)
    {
        foreach (var list in root.SelectAll("ul, ol").Where(IsContactList).ToList())
        {
            list.Remove();
        }
    }

    private static bool IsContactList(IElement list) =>
        list.Children.Length > 0
        && list.Children.All(item => item.LocalName == "li" && item.SelectAll("a") is [var link] && IsContactLink(link)
            && Whitespace.Collapse(item.TextContent) is { Length: > 0 and <= MaxButtonLength } words && words == Whitespace.Collapse(link.TextContent))
        && list.ParentElement?.Nearest("[class*='author'], [class*='byline'], [class*='Author'], [class*='Byline']") is not null;

    private static bool IsContactLink(IElement link) =>
        link.GetAttribute("href") is { } href && ContactAddresses.Any(address => href.Contains(address, StringComparison.OrdinalIgnoreCase));
}
