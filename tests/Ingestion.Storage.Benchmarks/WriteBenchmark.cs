using System.Diagnostics;
using Ingestion.Contracts;
using Ingestion.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ingestion.Storage.Benchmarks;

/// <summary>
/// Writes the same synthetic documents twice, each time into a fresh database: once through
/// <see cref="DocumentStore"/> exactly as the batch consumer does (validate, clean, upsert, COPY), once as the
/// ceiling: the already prepared rows binary-COPied straight into the four tables. Both runs use the same
/// batch size and concurrency, so the ratio is the cost of idempotency and preparation, not of batching.
/// </summary>
/// <param name="withoutSearch">
/// Drops the generated tsvector columns (and the view over them) before both runs, to show how much of the time
/// is PostgreSQL tokenising text for full-text search rather than the write path itself.
/// </param>
internal sealed class WriteBenchmark(int documentCount, int commentsPerDocument, int batchSize, int concurrency, bool withoutSearch)
{
    private const int WarmUpDocuments = 300;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var generator = new SyntheticDocuments(seed: 7);
        var warmUp = Enumerable.Range(0, WarmUpDocuments).Select(_ => generator.Parsed(commentsPerDocument)).ToList();
        var measured = Enumerable.Range(0, documentCount).Select(_ => generator.Parsed(commentsPerDocument)).ToList();
        var bytes = measured.Sum(d => (long)d.Content.Length);
        Console.WriteLine(
            $"{documentCount} documents x {commentsPerDocument} comments ({bytes / documentCount / 1024.0:F1} KiB raw each), " +
            $"batches of {batchSize}, {concurrency} at once{(withoutSearch ? ", WITHOUT full-text search columns" : "")}");

        var writer = await MeasureAsync("writer (DocumentStore)", warmUp, measured, async (dataSource, batch, token) =>
        {
            var store = new DocumentStore(new DocumentWriter(dataSource), new RejectRecorder(dataSource), NullLogger<DocumentStore>.Instance);
            await store.StoreAsync(batch, token);
        }, cancellationToken);

        var preparedWarmUp = warmUp.ToDictionary(d => d, PreparedDocument.From);
        var prepared = measured.ToDictionary(d => d, PreparedDocument.From);
        var ceiling = await MeasureAsync("ceiling (raw binary COPY)", warmUp, measured, async (dataSource, batch, token) =>
        {
            var rows = batch.Select(d => prepared.TryGetValue(d, out var row) ? row : preparedWarmUp[d]).ToList();
            await using var connection = await dataSource.OpenConnectionAsync(token);
            await using var transaction = await connection.BeginTransactionAsync(token);
            await TableCopy.DocumentsAsync(connection, rows, token);
            await TableCopy.SourcesAsync(connection, rows, token);
            await TableCopy.ArticlesAsync(connection, rows, token);
            await TableCopy.CommentsAsync(connection, rows, token);
            await transaction.CommitAsync(token);
        }, cancellationToken);

        Console.WriteLine($"writer/ceiling: {writer / ceiling:P0}");
        return 0;
    }

    private async Task<double> MeasureAsync(
        string name,
        List<DocumentParsed> warmUp,
        List<DocumentParsed> measured,
        Func<NpgsqlDataSource, IReadOnlyList<DocumentParsed>, CancellationToken, Task> writeBatch,
        CancellationToken cancellationToken)
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            await new SchemaMigrator(
                    new SchemaMigrator.Settings(database.ConnectionString), NullLoggerFactory.Instance, NullLogger<SchemaMigrator>.Instance)
                .MigrateAsync(cancellationToken);
            await using var dataSource = database.CreateDataSource();
            if (withoutSearch)
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var drop = new NpgsqlCommand(
                    "DROP VIEW searchable_text; ALTER TABLE articles DROP COLUMN search; ALTER TABLE comments DROP COLUMN search", connection);
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }

            await WriteAllAsync(dataSource, warmUp, writeBatch, cancellationToken);
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            {
                // Plans for the measured run see tables with rows in them, as a running system's do.
                await using var analyze = new NpgsqlCommand("ANALYZE", connection);
                await analyze.ExecuteNonQueryAsync(cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            await WriteAllAsync(dataSource, measured, writeBatch, cancellationToken);
            clock.Stop();

            var rate = measured.Count / clock.Elapsed.TotalSeconds;
            var rows = measured.Sum(d => 2L + (d.Comments?.Count ?? 0) + 1);
            Console.WriteLine($"{name,-28} {clock.Elapsed.TotalSeconds,7:F2} s  {rate,8:F0} documents/s  {rows / clock.Elapsed.TotalSeconds,9:F0} rows/s");
            return rate;
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private async Task WriteAllAsync(
        NpgsqlDataSource dataSource,
        List<DocumentParsed> documents,
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
