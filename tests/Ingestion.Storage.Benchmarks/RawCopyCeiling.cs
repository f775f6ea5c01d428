using Ingestion.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ingestion.Storage.Benchmarks;

/// <summary>
/// The ceiling for storage: documents prepared up front (outside any clock), then binary-COPied straight into the
/// four tables, one transaction per batch, with no idempotency checks. Shared by this benchmark and the pipeline
/// benchmark, so both measure the same ceiling.
/// </summary>
public sealed class RawCopyCeiling(IEnumerable<DocumentParsed> documents)
{
    private readonly Dictionary<DocumentParsed, PreparedDocument> _rows =
        documents.ToDictionary<DocumentParsed, DocumentParsed, PreparedDocument>(d => d, PreparedDocument.From, ReferenceEqualityComparer.Instance);

    /// <summary>Creates the storage schema in an empty database, as the service does at start-up.</summary>
    public static Task MigrateAsync(string connectionString, CancellationToken cancellationToken) =>
        new SchemaMigrator(new SchemaMigrator.Settings(connectionString), NullLoggerFactory.Instance, NullLogger<SchemaMigrator>.Instance)
            .MigrateAsync(cancellationToken);

    /// <summary>Writes one batch of documents given to the constructor.</summary>
    public async Task WriteBatchAsync(NpgsqlDataSource dataSource, IReadOnlyList<DocumentParsed> batch, CancellationToken cancellationToken)
    {
        var rows = batch.Select(d => _rows[d]).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await TableCopy.DocumentsAsync(connection, rows, cancellationToken);
        await TableCopy.SourcesAsync(connection, rows, cancellationToken);
        await TableCopy.ArticlesAsync(connection, rows, cancellationToken);
        await TableCopy.CommentsAsync(connection, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="documents"/> in batches of <paramref name="batchSize"/>, <paramref name="concurrency"/>
    /// transactions at once: the storage consumer's batch limit and batch concurrency.
    /// </summary>
    public static async Task WriteAllAsync(
        NpgsqlDataSource dataSource,
        IReadOnlyList<DocumentParsed> documents,
        int batchSize,
        int concurrency,
        Func<NpgsqlDataSource, IReadOnlyList<DocumentParsed>, CancellationToken, Task> writeBatch,
        CancellationToken cancellationToken)
    {
        var batches = documents.Chunk(batchSize).ToList();
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Count)
            {
                await writeBatch(dataSource, batches[index], cancellationToken);
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
    }
}
