using System.Security.Cryptography;
using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.Parser;
using Ingestion.Parser.Core;
using MassTransit.Serialization;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>
/// The messages the pipeline makes of the generated pages, built in-process with the parser's own code, and their
/// bodies as MassTransit puts them on the wire (its JSON envelope, with the same serializer settings), so the
/// ceilings move the same bytes and rows as the pipeline.
/// </summary>
internal sealed record PipelineMessages(DocumentFetched Fetched, DocumentParsed Parsed, byte[] FetchedBody, byte[] ParsedBody)
{
    /// <summary>The messages of one page, or null where the parser would reject it (the pipeline writes those to rejects).</summary>
    public static PipelineMessages? Of(string fileName, byte[] content)
    {
        var fetched = new DocumentFetched
        {
            DocumentId = Convert.ToHexStringLower(SHA256.HashData(content)),
            FileName = fileName,
            ContentType = fileName.EndsWith(".html", StringComparison.Ordinal) ? "text/html" : "text/plain",
            Size = content.Length,
            Content = content,
            FetchedAt = DateTimeOffset.UtcNow,
        };
        var page = PageParser.Parse(fetched.Content, fetched.FileName, fetched.ContentType);
        if (PageScreening.FindProblem(page) is not null)
        {
            return null;
        }

        var parsed = ParsedDocumentMapper.ToMessage(fetched, page, DateTimeOffset.UtcNow);
        return new PipelineMessages(fetched, parsed, Envelope(fetched), Envelope(parsed));
    }

    /// <summary>The shape of MassTransit's JSON envelope (message ids, addresses, type, headers, host), around the message.</summary>
    private static byte[] Envelope<T>(T message)
        where T : class =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                MessageId = Guid.NewGuid(),
                ConversationId = Guid.NewGuid(),
                SourceAddress = "rabbitmq://localhost/ingestion-bench/benchhost_IngestionParser_bus_yyyyyyyyyyyyyyyyyyyyyyyyyy?temporary=true",
                DestinationAddress = $"rabbitmq://localhost/ingestion-bench/{typeof(T).Namespace}:{typeof(T).Name}",
                MessageType = new[] { $"urn:message:{typeof(T).Namespace}:{typeof(T).Name}" },
                Message = message,
                SentTime = DateTime.UtcNow,
                Headers = new Dictionary<string, object> { ["MT-Activity-Id"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" },
                Host = new
                {
                    MachineName = "benchhost",
                    ProcessName = "Ingestion.Parser",
                    ProcessId = 12345,
                    Assembly = "Ingestion.Parser",
                    AssemblyVersion = "0.1.0.0",
                    FrameworkVersion = "10.0.0",
                    MassTransitVersion = "8.5.12.0",
                    OperatingSystemVersion = "Unix 6.1.0.0",
                },
            },
            SystemTextJsonMessageSerializer.Options);
}
