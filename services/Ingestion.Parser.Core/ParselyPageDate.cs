using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>
/// <c>&lt;meta name="parsely-page" content='{"title":"…","pub_date":"2014-11-13T21:53:14Z",…}'&gt;</c>: an analytics
/// service's page meta holds the article's publication time as a JSON field. A page that prints no date and has no other
/// dated meta (a video post under its curator's name) is dated by it; asked last, so any shown or marked time wins.
/// </summary>
internal static class ParselyPageDate
{
    public static string? Of(string? content)
    {
        // Cheap gate: a JSON object naming the field, of a size a page meta has.
        if (content is not { Length: > 20 and < 4000 } || content.AsSpan().TrimStart()[0] != '{'
            || !content.Contains("\"pub_date\"", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(content);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("pub_date", out var date)
                && date.ValueKind == JsonValueKind.String
                ? DateLineParser.ToIso(date.GetString())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
