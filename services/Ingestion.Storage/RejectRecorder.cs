using Dapper;
using Npgsql;

namespace Ingestion.Storage;

/// <summary>
/// Records a message that cannot be stored, in its own transaction: the reject must survive even though the
/// document's own transaction rolled back. One row per stage, document and file; a redelivery refreshes it.
/// </summary>
public sealed class RejectRecorder(NpgsqlDataSource dataSource)
{
    public const string StorageStage = "storage";
    public const string ParseStage = "parse";

    private const string Upsert = """
        INSERT INTO rejects (document_id, file_name, stage, reason)
        VALUES (@DocumentId, @FileName, @Stage, @Reason)
        ON CONFLICT (stage, document_id, file_name) DO UPDATE
           SET reason = EXCLUDED.reason, rejected_at = now()
        """;

    public async Task RecordAsync(string? documentId, string? fileName, string stage, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, new
        {
            DocumentId = Text.Clean(documentId),
            FileName = Text.Clean(fileName),
            Stage = stage,
            Reason = Text.Clean(reason),
        }, cancellationToken: cancellationToken));
    }
}
