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

    /// <summary>Whether a line opens as a copyright notice does: "© 2013 …", "Copyright 2013 …", "Copyright © …".</summary>
    public static bool Opens(ReadOnlySpan<char> text) => text.StartsWith('©') || text.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase);

    private static bool IsCopyrightLine(string text) =>
        text.Length is > 0 and < LongestNotice && (text.Contains('©') || Opens(text));
}
