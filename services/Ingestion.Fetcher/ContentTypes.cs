namespace Ingestion.Fetcher;

internal static class ContentTypes
{
    /// <summary>A hint from the extension; null lets the parser sniff the bytes.</summary>
    public static string? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".HTML" or ".HTM" or ".XHTML" => "text/html",
            ".TXT" or ".TEXT" => "text/plain",
            _ => null,
        };
}
