namespace Ingestion.Parser.Core;

/// <summary>Splits a scraped page (plain text or HTML) into article and comments.</summary>
public static class PageParser
{
    /// <summary>Raised whenever the output for some page changes, so stored results can be replaced.</summary>
    public const int Version = 68;

    public static ParsedPage Parse(ReadOnlySpan<byte> content, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var declaredHtml = DeclaresHtml(fileName, contentType);
        var text = TextDecoder.Decode(content, mayBeHtml: true);
        using var dateOrder = NumericDateOrder.For(text);
        using var listopad = CroatianListopad.For(text);
        var page = declaredHtml || LooksLikeHtml(text) ? HtmlPageSplitter.Split(text) : TextPageSplitter.Split(text);
        return WithCountWarning(page);
    }

    private static bool DeclaresHtml(string fileName, string? contentType) =>
        contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
        || fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<", StringComparison.Ordinal) && start.Contains("<body", StringComparison.OrdinalIgnoreCase))
            || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && start.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static ParsedPage WithCountWarning(ParsedPage page) =>
        page.DeclaredCommentCount is { } declared && declared != page.Comments.Count
            ? page with { Warnings = [.. page.Warnings, $"page declares {declared} comments, found {page.Comments.Count}"] }
            : page;
}
