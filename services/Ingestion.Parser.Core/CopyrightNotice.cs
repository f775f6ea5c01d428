using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "© 2013 Capitol Ledger LLC. All rights reserved.": the page's last short copyright line, which names the publisher
/// whatever the templates around it say.
/// </summary>
internal static class CopyrightNotice
{
    private const int LongestNotice = 200;

    public static string? Of(IDocument document) =>
        document.Body?.SelectAll("div, p, td, span")
            .Select(element => element.ChildElementCount <= 2 ? Whitespace.Collapse(element.TextContent) : string.Empty)
            .LastOrDefault(IsCopyrightLine);

    private static bool IsCopyrightLine(string text) =>
        text.Length is > 0 and < LongestNotice && (text.Contains('©') || text.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase));
}
