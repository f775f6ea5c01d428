using System.Text;
using AngleSharp.Html.Parser;

namespace Ingestion.Parser.Core;

/// <summary>Splits a scraped page (plain text or HTML) into article and comments.</summary>
public static class PageParser
{
    /// <summary>Raised whenever the output for some page changes, so stored results can be replaced.</summary>
    public const int Version = 1;

    public static ParsedPage Parse(ReadOnlySpan<byte> content, string fileName, string? contentType = null)
    {
        var text = Encoding.UTF8.GetString(content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content);
        return LooksLikeHtml(text, fileName, contentType) ? ParseHtml(text) : ParseText(text);
    }

    private static bool LooksLikeHtml(string text, string fileName, string? contentType) =>
        contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
        || fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || text.TrimStart().StartsWith('<');

    private static ParsedPage ParseText(string text)
    {
        var blocks = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(block => block.Length > 0)
            .ToList();
        var title = blocks.Count > 0 ? CollapseWhitespace(blocks[0].Split('\n')[0]) : null;
        return new ParsedPage
        {
            Title = title,
            BodyParagraphs = blocks.Skip(1).Select(CollapseWhitespace).Where(block => block != title).ToList(),
        };
    }

    private static ParsedPage ParseHtml(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var title = document.QuerySelector("h1")?.TextContent ?? document.Title;
        return new ParsedPage
        {
            Title = title is null ? null : CollapseWhitespace(title),
            BodyParagraphs = document.QuerySelectorAll("p")
                .Select(p => CollapseWhitespace(p.TextContent))
                .Where(p => p.Length > 0)
                .ToList(),
        };
    }

    private static string CollapseWhitespace(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
