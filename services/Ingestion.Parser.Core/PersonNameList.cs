using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>
/// "author": {"@type": "Person", "name": ["Ana Ruiz", "Tom Hale"]}: one Person block that lists the story's writers under
/// its name, where schema.org expects one Person a writer. Each entry is a writer, as the page's bylines show; read as a
/// single name the block gave none, and the byline reading found only the first.
/// </summary>
internal static class PersonNameList
{
    /// <summary>The names the Person block lists, empty when its name is no list or the block is no Person.</summary>
    public static List<string> Names(JsonElement value)
    {
        List<string> names = [];
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.Array
            || !value.TryGetProperty("@type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Person")
        {
            return names;
        }

        foreach (var entry in name.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String && Whitespace.Collapse(entry.GetString()) is { Length: > 0 } text)
            {
                names.Add(text);
            }
        }

        return names;
    }
}
