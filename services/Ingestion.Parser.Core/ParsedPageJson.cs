using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>The JSON form of a parsed page: snake_case, in the field order of the labelled samples.</summary>
public static class ParsedPageJson
{
    // Pages are read by people in their own languages: keep letters and quotes as they are rather than \u-escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ParsedPage page, string source)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, page, source);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, ParsedPage page, string source)
    {
        writer.WriteStartObject();
        writer.WriteString("source", source);
        writer.WriteString("title", page.Title);
        WriteStrings(writer, "authors", page.Authors);
        writer.WriteString("published_at", page.PublishedAt);
        WriteStrings(writer, "tags", page.Tags);
        WriteNumber(writer, "declared_comment_count", page.DeclaredCommentCount);
        WriteStrings(writer, "body_paragraphs", page.BodyParagraphs);
        writer.WriteStartArray("comments");
        foreach (var comment in page.Comments)
        {
            writer.WriteStartObject();
            writer.WriteNumber("ordinal", comment.Ordinal);
            WriteNumber(writer, "parent", comment.Parent);
            writer.WriteString("author", comment.Author);
            writer.WriteString("posted_at", comment.PostedAt);
            WriteStrings(writer, "paragraphs", comment.Paragraphs);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("site", page.Site);
        WriteStrings(writer, "captions", page.Captions);
        WriteStrings(writer, "warnings", page.Warnings);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
