using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Ingestion.Storage;

/// <summary>
/// Writes a batch of parsed documents in one transaction. Idempotency lives in the statements: the document
/// upsert (primary key, ON CONFLICT) decides per document whether this batch stores it, replaces an older
/// parser's result or only adds a source; articles and comments are then copied only for documents whose row
/// this transaction inserted or updated, and therefore holds locked until commit.
/// </summary>
public sealed class DocumentWriter(NpgsqlDataSource dataSource)
{
    // Returns a row only where this statement inserted the document or is replacing an older parser's result;
    // a conflicting row that is not older is still locked, so a concurrent batch with the same document waits
    // and then finds it stored. Rows arrive sorted by id, so two batches lock shared documents in the same
    // order and cannot deadlock each other.
    private const string UpsertDocuments = """
        INSERT INTO documents AS d (id, content, content_type, size_bytes, first_seen_at, parser_version, parsed_at, warnings)
        SELECT u.id, u.content, u.content_type, u.size_bytes, u.fetched_at, u.parser_version, u.parsed_at,
               ARRAY(SELECT jsonb_array_elements_text(u.warnings))
          FROM unnest(@ids, @contents, @content_types, @sizes, @fetched_at, @parser_versions, @parsed_at, @warnings)
               AS u (id, content, content_type, size_bytes, fetched_at, parser_version, parsed_at, warnings)
        ON CONFLICT (id) DO UPDATE
           SET parser_version = EXCLUDED.parser_version,
               parsed_at = EXCLUDED.parsed_at,
               warnings = EXCLUDED.warnings,
               first_seen_at = LEAST(d.first_seen_at, EXCLUDED.first_seen_at)
         WHERE d.parser_version < EXCLUDED.parser_version
        RETURNING d.id, (d.xmax = 0) AS inserted
        """;

    private const string DeleteReplaced = """
        DELETE FROM comments WHERE document_id = ANY(@ids);
        DELETE FROM articles WHERE document_id = ANY(@ids);
        """;

    private const string InsertSources = """
        INSERT INTO document_sources (document_id, file_name, fetched_at)
        SELECT * FROM unnest(@ids, @file_names, @fetched_at)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Writes <paramref name="documents"/> and returns each one's outcome, in the same order.</summary>
    internal async Task<WriteOutcome[]> WriteAsync(IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        // ON CONFLICT cannot touch one row twice in a statement: of the copies of a document in this batch,
        // the one from the newest parser is written, the others count as duplicates.
        var winners = documents
            .Select((document, index) => (document, index))
            .GroupBy(entry => entry.document.Id, StringComparer.Ordinal)
            .Select(copies => copies.MaxBy(entry => entry.document.ParserVersion))
            .OrderBy(entry => entry.document.Id, StringComparer.Ordinal)
            .ToList();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var written = await UpsertDocumentsAsync(connection, winners.Select(w => w.document).ToList(), cancellationToken);
        var outcomes = Enumerable.Repeat(WriteOutcome.Duplicate, documents.Count).ToArray();
        var toCopy = new List<PreparedDocument>(written.Count);
        var replaced = new List<string>();
        foreach (var (document, index) in winners)
        {
            if (written.TryGetValue(document.Id, out var inserted))
            {
                outcomes[index] = inserted ? WriteOutcome.Stored : WriteOutcome.Replaced;
                toCopy.Add(document);
                if (!inserted)
                {
                    replaced.Add(document.Id);
                }
            }
        }

        if (replaced.Count > 0)
        {
            await using var delete = new NpgsqlCommand(DeleteReplaced, connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter<string[]>("ids", replaced.ToArray()));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        if (toCopy.Count > 0)
        {
            await TableCopy.ArticlesAsync(connection, toCopy, cancellationToken);
            if (toCopy.Any(d => d.Comments.Count > 0))
            {
                await TableCopy.CommentsAsync(connection, toCopy, cancellationToken);
            }
        }

        await InsertSourcesAsync(connection, transaction, documents, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private static async Task<Dictionary<string, bool>> UpsertDocumentsAsync(
        NpgsqlConnection connection, List<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(UpsertDocuments, connection);
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<string[]>("ids", documents.Select(d => d.Id).ToArray()));
        parameters.Add(new NpgsqlParameter("contents", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = documents.Select(d => d.Content).ToArray() });
        parameters.Add(new NpgsqlParameter("content_types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = documents.Select(d => d.ContentType).ToArray() });
        parameters.Add(new NpgsqlParameter<long[]>("sizes", documents.Select(d => d.Size).ToArray()));
        parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("fetched_at", documents.Select(d => d.FetchedAt).ToArray()));
        parameters.Add(new NpgsqlParameter<int[]>("parser_versions", documents.Select(d => d.ParserVersion).ToArray()));
        parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("parsed_at", documents.Select(d => d.ParsedAt).ToArray()));
        // text[] per row cannot travel as a two-dimensional array (rows differ in length), so each row's list goes as JSON.
        parameters.Add(new NpgsqlParameter("warnings", NpgsqlDbType.Array | NpgsqlDbType.Jsonb)
        {
            Value = documents.Select(d => JsonSerializer.Serialize(d.Warnings)).ToArray(),
        });

        var written = new Dictionary<string, bool>(documents.Count, StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            written[reader.GetString(0)] = reader.GetBoolean(1);
        }

        return written;
    }

    private static async Task InsertSourcesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        var sources = documents
            .Select(d => (d.Id, d.FileName, d.FetchedAt))
            .Distinct()
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ThenBy(s => s.FileName, StringComparer.Ordinal)
            .ThenBy(s => s.FetchedAt)
            .ToList();
        await using var command = new NpgsqlCommand(InsertSources, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", sources.Select(s => s.Id).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("file_names", sources.Select(s => s.FileName).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("fetched_at", sources.Select(s => s.FetchedAt).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
