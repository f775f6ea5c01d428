using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>
/// "{"@type":"WebPage", …, "datePublished":"2018-05-09T08:12:40+00:00"}": Yoast's graph for a post of a custom type (a
/// magazine's "article" posts) holds a WebPage node and no Article. The node's publication time is the post's, as an
/// Article's would be; where the graph also describes an article, the article's time is read and this one never asked for.
/// </summary>
internal static class ArticlelessWebPageDate
{
    /// <summary>The node's <c>datePublished</c> as ISO 8601, when the node is a web page.</summary>
    public static string? Read(JsonElement node) =>
        node.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is "WebPage" or "ItemPage"
        && node.TryGetProperty("datePublished", out var published) && published.ValueKind == JsonValueKind.String
            ? DateLineParser.ToIso(published.GetString())
            : null;
}
