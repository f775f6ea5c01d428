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
        return Calls.Any(call => text.StartsWith(call, StringComparison.OrdinalIgnoreCase));
    }
}
