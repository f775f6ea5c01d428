using System.Diagnostics;
using Ingestion.Contracts;
using Ingestion.Storage.Benchmarks;
using Ingestion.Testing;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>
/// PostgreSQL's ceiling for these documents: the storage benchmark's raw binary COPY of the same rows into a fresh
/// database, in the storage consumer's default batches (100 documents per transaction, 2 at once).
/// </summary>
internal static class CopyCeiling
{
    public const int BatchSize = 100;
    public const int Concurrency = 2;

    public static async Task<double> DocumentsPerSecondAsync(
        IReadOnlyList<DocumentParsed> warmUp, IReadOnlyList<DocumentParsed> measured, CancellationToken cancellationToken)
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            await RawCopyCeiling.MigrateAsync(database.ConnectionString, cancellationToken);
            await using var dataSource = database.CreateDataSource();
            var copy = new RawCopyCeiling(warmUp.Concat(measured));
            await RawCopyCeiling.WriteAllAsync(dataSource, warmUp, BatchSize, Concurrency, copy.WriteBatchAsync, cancellationToken);
            var clock = Stopwatch.StartNew();
            await RawCopyCeiling.WriteAllAsync(dataSource, measured, BatchSize, Concurrency, copy.WriteBatchAsync, cancellationToken);
            return measured.Count / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
