using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>
/// "author": "{ \"@type\":\"Person\", \"name\":\"Ana Ruiz\" }": a template that printed the author object into a string
/// instead of the JSON-LD itself. The string is the object written out; its "name" is the writer's name.
/// </summary>
internal static class SerializedJsonAuthor
{
    public static string Name(string author)
    {
        if (author.Length is < 10 or > 500 || author[0] != '{' || author[^1] != '}' || !author.Contains("\"name\"", StringComparison.Ordinal))
        {
            return author;
        }

        try
        {
            using var json = JsonDocument.Parse(author);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("name", out var name)
                && name.ValueKind == JsonValueKind.String && Whitespace.Collapse(name.GetString()) is { Length: > 0 } text
                ? text
                : author;
        }
        catch (JsonException)
        {
            return author;
        }
    }
}
