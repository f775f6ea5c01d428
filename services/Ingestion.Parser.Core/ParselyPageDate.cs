using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="parsely-page" content='{"title": "…", "pub_date": "2014-12-02T10:00:00", "author": "…", "tags": […]}'&gt;":
/// the Parse.ly analytics tag of the 2010s wrote the story's metadata as one JSON object in a single meta, its "pub_date" the
/// story's publication time. It is read last of the head's dates, only where no other meta, microdata or time element gave
/// one: a magazine page that prints no date of its own still has it there. Cost: one lookup of the meta a page, and the JSON
/// read only when the meta is there and nothing else dated the page.
/// </summary>
internal static class ParselyPageDate
{
    public static string? Of(string? content)
    {
        if (content is null || content.IndexOf("pub_date", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(content);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("pub_date", out var date) && date.ValueKind == JsonValueKind.String
                ? DateLineParser.ToIso(date.GetString())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
