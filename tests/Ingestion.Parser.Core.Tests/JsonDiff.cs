using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A structural comparison of two JSON documents that names every path where they differ.</summary>
public static class JsonDiff
{
    /// <summary>Fields the labels may leave out: the parser reports them, the hand split of the samples predates them.</summary>
    private static readonly HashSet<string> OptionalFields = ["site", "captions", "warnings"];

    public static List<string> Compare(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject expectedObject, JsonObject actualObject):
                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: missing, expected {Show(value)}");
                        continue;
                    }

                    Compare(value, actualObject[name], $"{path}.{name}", differences);
                }

                foreach (var (name, value) in actualObject)
                {
                    if (!expectedObject.ContainsKey(name) && !(path == "$" && OptionalFields.Contains(name)))
                    {
                        differences.Add($"{path}.{name}: unexpected {Show(value)}");
                    }
                }

                return;
            case (JsonArray expectedArray, JsonArray actualArray):
                for (var i = 0; i < Math.Max(expectedArray.Count, actualArray.Count); i++)
                {
                    if (i >= actualArray.Count)
                    {
                        differences.Add($"{path}[{i}]: missing, expected {Show(expectedArray[i])}");
                    }
                    else if (i >= expectedArray.Count)
                    {
                        differences.Add($"{path}[{i}]: unexpected {Show(actualArray[i])}");
                    }
                    else
                    {
                        Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", differences);
                    }
                }

                return;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
                }

                return;
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return text.Length > 160 ? text[..157] + "..." : text;
    }
}
