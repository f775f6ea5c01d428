using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="tags-share"&gt;&lt;a class="btn-fb"&gt;Share on Facebook&lt;/a&gt; &lt;a&gt;Share on Twitter&lt;/a&gt;&lt;/div&gt;": a share row
/// whose class happens to hold "tags" names no topic; its buttons say what they do.
/// </summary>
internal static class ShareButtonLink
{
    private static readonly string[] Calls = ["share on ", "share to ", "share via ", "share with "];

    public static bool Is(IElement link)
    {
        var text = Whitespace.Collapse(link.TextContent);
        return Calls.Any(call => text.StartsWith(call, StringComparison.OrdinalIgnoreCase)) || IsShortAddress(text);
    }

    /// <summary>
    /// "&lt;div class="asset-tags"&gt;Read or Share this story: &lt;a&gt;http://ntoday.us/1eVxK2p&lt;/a&gt;&lt;/div&gt;": the story's short address
    /// to copy, shown as the link's text, is no topic.
    /// </summary>
    private static bool IsShortAddress(string text) =>
        text.Length < 60 && text.IndexOf(' ') < 0 && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
}
