using Dapper;
using Ingestion.Hosting;
using Ingestion.Testing;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Ingestion.EndToEnd.Tests;

/// <summary>What a broker restart must not lose: durable quorum queues, persistent messages.</summary>
public sealed class DurabilityTests(PipelineFixture pipeline, ITestOutputHelper output) : IClassFixture<PipelineFixture>, IDisposable
{
    [Fact]
    public async Task Messages_are_persistent_and_every_queue_the_services_declare_is_a_durable_quorum_queue()
    {
        var sample = Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot, "samples"), "*.txt").Order(StringComparer.Ordinal).First();

        // The fetcher alone: its message waits in the parser's queue, where it can be looked at.
        await pipeline.StartFetcherAsync();
        File.Copy(sample, Path.Combine(pipeline.InboxPath, "durable.txt"));
        await Eventually.TrueAsync(async () => await pipeline.Broker.GetQueueAsync(IngestionQueues.Parser) is { Messages: 1 });
        var fetched = Assert.Single(await QueueReader.TakeAllDeliveriesAsync(pipeline.Broker, IngestionQueues.Parser));
        Assert.True(fetched.Persistent);

        // Dropped again, now with every service up, so that each declares its queues.
        await pipeline.StartParserAsync();
        await pipeline.StartStorageAsync();
        File.Copy(sample, Path.Combine(pipeline.InboxPath, "durable again.txt"));
        await using var dataSource = NpgsqlDataSource.Create(pipeline.Database.ConnectionString);
        await Eventually.TrueAsync(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM document_sources WHERE file_name = 'durable again.txt'") == 1;
        });

        var queues = await pipeline.Broker.GetQueuesAsync();
        Assert.Superset(
            new HashSet<string> { IngestionQueues.Parser, IngestionQueues.Storage, IngestionQueues.Rejects },
            queues.Select(q => q.Name).ToHashSet());
        Assert.All(queues, queue => Assert.Equal((queue.Name, true, "quorum"), (queue.Name, queue.Durable, queue.Type)));
    }

    public void Dispose() => pipeline.WriteLogTo(output);
}
