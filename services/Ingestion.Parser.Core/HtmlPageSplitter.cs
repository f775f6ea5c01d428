namespace Ingestion.Parser.Core;

internal static class HtmlPageSplitter
{
    public static ParsedPage Split(string html) => TextPageSplitter.Split(html);
}
