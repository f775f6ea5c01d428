using System.Data;
using Ingestion.Contracts;
using MassTransit;
using Npgsql;

namespace Ingestion.Storage;

/// <summary>
/// Publishes stored raw documents again as <see cref="DocumentFetched"/>, same id, so the parser reprocesses
/// them and storage replaces what an older parser wrote. Rows are streamed one at a time (only the publishes in
/// flight hold content); each message carries the newest source's name and fetch time, so storing the
/// result adds no source row.
/// </summary>
public sealed class DocumentRepublisher(NpgsqlDataSource dataSource, IBus publisher)
{
    /// <summary>Publishes confirmed by RabbitMQ are awaited in groups of this many: confirms are slow one by one.</summary>
    private const int PublishesInFlight = 16;

    private const string SelectDocuments = """
        SELECT d.id, d.content_type, d.size_bytes, s.file_name, s.fetched_at, d.content
          FROM documents d
         CROSS JOIN LATERAL (
               SELECT file_name, fetched_at FROM document_sources
                WHERE document_id = d.id
                ORDER BY fetched_at DESC, file_name
                LIMIT 1) s
         WHERE @below_version IS NULL OR d.parser_version < @below_version
         ORDER BY d.id
        """;

    /// <returns>How many documents were republished.</returns>
    public async Task<int> RepublishAsync(ReparseSelection selection, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SelectDocuments, connection);
        command.Parameters.Add(new NpgsqlParameter<int?>("below_version", NpgsqlTypes.NpgsqlDbType.Integer) { TypedValue = selection.BelowVersion });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);

        var published = 0;
        var inFlight = new List<Task>(PublishesInFlight);
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = new DocumentFetched
            {
                DocumentId = reader.GetString(0),
                ContentType = await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetString(1),
                Size = reader.GetInt64(2),
                FileName = reader.GetString(3),
                FetchedAt = await reader.GetFieldValueAsync<DateTimeOffset>(4, cancellationToken),
                Content = await reader.GetFieldValueAsync<byte[]>(5, cancellationToken),
            };
            inFlight.Add(publisher.Publish(message, cancellationToken));
            if (inFlight.Count == PublishesInFlight)
            {
                await Task.WhenAll(inFlight);
                published += inFlight.Count;
                inFlight.Clear();
                progress?.Report(published);
            }
        }

        await Task.WhenAll(inFlight);
        published += inFlight.Count;
        progress?.Report(published);
        return published;
    }
}
