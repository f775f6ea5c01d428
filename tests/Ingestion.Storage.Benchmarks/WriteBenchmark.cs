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
/// <param name="rounds">
/// Both runs this many times, in alternating order, each in fresh databases; medians are reported because other
/// work on the machine makes single runs swing widely.
/// </param>
/// <param name="withoutSearch">
/// Drops the generated tsvector columns (and the view over them) before both runs, to show how much of the time
/// is PostgreSQL tokenising text for full-text search rather than the write path itself.
/// </param>
internal sealed class WriteBenchmark(int documentCount, int commentsPerDocument, int batchSize, int concurrency, bool withoutSearch, int rounds)
{
    private const int WarmUpDocuments = 1_000;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var generator = new SyntheticDocuments(seed: 7);
        var warmUp = Enumerable.Range(0, WarmUpDocuments).Select(_ => generator.Parsed(commentsPerDocument)).ToList();
        var measured = Enumerable.Range(0, documentCount).Select(_ => generator.Parsed(commentsPerDocument)).ToList();
        var bytes = measured.Sum(d => (long)d.Content.Length);
        Console.WriteLine(
            $"{documentCount} documents x {commentsPerDocument} comments ({bytes / documentCount / 1024.0:F1} KiB raw each), " +
            $"batches of {batchSize}, {concurrency} at once{(withoutSearch ? ", WITHOUT full-text search columns" : "")}");

        Func<NpgsqlDataSource, IReadOnlyList<DocumentParsed>, CancellationToken, Task> throughWriter = async (dataSource, batch, token) =>
        {
            var store = new DocumentStore(new DocumentWriter(dataSource), new RejectRecorder(dataSource), NullLogger<DocumentStore>.Instance);
            await store.StoreAsync(batch, token);
        };

        var rawCopy = new RawCopyCeiling(warmUp.Concat(measured)).WriteBatchAsync;

        var writer = new List<Measurement>();
        var ceiling = new List<Measurement>();
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                writer.Add(await MeasureAsync("writer (DocumentStore)", warmUp, measured, throughWriter, cancellationToken));
                ceiling.Add(await MeasureAsync("ceiling (raw binary COPY)", warmUp, measured, rawCopy, cancellationToken));
            }
            else
            {
                ceiling.Add(await MeasureAsync("ceiling (raw binary COPY)", warmUp, measured, rawCopy, cancellationToken));
                writer.Add(await MeasureAsync("writer (DocumentStore)", warmUp, measured, throughWriter, cancellationToken));
            }
        }

        var (writerRate, ceilingRate) = (Median(writer, m => m.DocumentsPerSecond), Median(ceiling, m => m.DocumentsPerSecond));
        var (writerCpu, ceilingCpu) = (Median(writer, m => m.CpuMillisecondsPerDocument), Median(ceiling, m => m.CpuMillisecondsPerDocument));
        Console.WriteLine($"median of {rounds}: writer {writerRate:F0} documents/s, ceiling {ceilingRate:F0} documents/s, writer/ceiling {writerRate / ceilingRate:P0}");
        Console.WriteLine($"median CPU per document: writer {writerCpu:F3} ms, ceiling {ceilingCpu:F3} ms, writer/ceiling by CPU {ceilingCpu / writerCpu:P0}");
        return 0;
    }

    private static double Median(List<Measurement> measurements, Func<Measurement, double> value)
    {
        var sorted = measurements.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Measurement(double DocumentsPerSecond, double CpuMillisecondsPerDocument);

    private async Task<Measurement> MeasureAsync(
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
            await RawCopyCeiling.MigrateAsync(database.ConnectionString, cancellationToken);
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

            var serverBefore = await ServerCpu.OfDatabaseAsync(dataSource, cancellationToken);
            var clientBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await WriteAllAsync(dataSource, measured, writeBatch, cancellationToken);
            clock.Stop();
            var client = Process.GetCurrentProcess().TotalProcessorTime - clientBefore;
            var server = await ServerCpu.OfDatabaseAsync(dataSource, cancellationToken) - serverBefore;

            var rate = measured.Count / clock.Elapsed.TotalSeconds;
            var rows = measured.Sum(d => 2L + (d.Comments?.Count ?? 0) + 1);
            var cpuPerDocument = (client + server).TotalMilliseconds / measured.Count;
            Console.WriteLine(
                $"{name,-28} {clock.Elapsed.TotalSeconds,7:F2} s  {rate,8:F0} documents/s  {rows / clock.Elapsed.TotalSeconds,9:F0} rows/s  " +
                $"CPU/document: client {client.TotalMilliseconds / measured.Count:F3} ms + server {server.TotalMilliseconds / measured.Count:F3} ms " +
                $"= {cpuPerDocument:F3} ms, i.e. {Environment.ProcessorCount * 1000 / cpuPerDocument:F0} documents/s on {Environment.ProcessorCount} idle cores");
            return new Measurement(rate, cpuPerDocument);
        }
        finally
        {
            await DropAsync(database, cancellationToken);
        }
    }

    /// <summary>
    /// After thousands of rows autovacuum is often still working in the database, and its worker (a superuser
    /// process) cannot be terminated by the database's owner; it is done within seconds.
    /// </summary>
    private static async Task DropAsync(PostgresDatabase database, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.DisposeAsync();
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private Task WriteAllAsync(
        NpgsqlDataSource dataSource,
        List<DocumentParsed> documents,
        Func<NpgsqlDataSource, IReadOnlyList<DocumentParsed>, CancellationToken, Task> writeBatch,
        CancellationToken cancellationToken) =>
        RawCopyCeiling.WriteAllAsync(dataSource, documents, batchSize, concurrency, writeBatch, cancellationToken);
}
