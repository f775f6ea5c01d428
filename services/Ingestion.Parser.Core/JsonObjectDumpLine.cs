namespace Ingestion.Parser.Core;

/// <summary>
/// "{"method":"get","path":"self.navigator.languages","level":"info","url":"https://…","stack":[]}": a JSON object that a
/// script or a browser extension left in a hidden element, which text browsers print all the same. Long and unbroken, it
/// would pass for the text's first prose line, and the page's furniture under it for the text; it is data, not words, as
/// the bar-parted dump is (<see cref="KeyValueDumpLine"/>). Asked only of a long line that would otherwise open the text.
/// </summary>
internal static class JsonObjectDumpLine
{
    /// <summary>Quoted keys a dump holds at least: "{"a": "b"}" in a sentence is a quotation, not a dump.</summary>
    private const int LeastKeys = 4;

    public static bool Is(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length < 2 || line[0] != '{' || line[^1] != '}')
        {
            return false;
        }

        var keys = 0;
        var rest = line;
        while (rest.IndexOf("\":", StringComparison.Ordinal) is >= 0 and var keyEnd)
        {
            keys++;
            rest = rest[(keyEnd + 2)..];
        }

        return keys >= LeastKeys;
    }
}
