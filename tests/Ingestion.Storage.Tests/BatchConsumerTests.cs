using System.Diagnostics;
using Dapper;
using Ingestion.Hosting;
using Ingestion.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Ingestion.Storage.Tests;

public sealed class BatchConsumerTests : IAsyncLifetime
{
    private static readonly ActivitySource Publisher = new("Ingestion.Storage.Tests.Publisher");

    private readonly PostgresDatabase _database = new();
    private readonly RabbitMqVirtualHost _broker = new();
    private readonly SpanRecorder _recorder = new(Publisher.Name, StorageTelemetry.Name, "MassTransit", "Npgsql");
    private WebApplication _storage = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _broker.InitializeAsync();
        _storage = await ServiceHost.StartAsync(builder => builder.AddStorage(), _broker.Settings.Concat(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{StorageRegistration.ConnectionStringName}"] = _database.ConnectionString,
            // Long enough that the messages published below arrive in one batch.
            ["Storage:Batch:TimeLimit"] = "00:00:01",
        }));
    }

    public async Task DisposeAsync()
    {
        await _storage.StopAsync();
        await _storage.DisposeAsync();
        _recorder.Dispose();
        await _broker.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Each_message_of_a_batch_is_stored_under_its_own_trace_and_the_batch_links_to_all()
    {
        var documents = new SyntheticDocuments(seed: 55);
        var bus = _storage.Services.GetRequiredService<IBus>();
        var published = new Dictionary<string, ActivityTraceId>();
        for (var i = 0; i < 5; i++)
        {
            var message = documents.Parsed(commentCount: 3);
            using var root = Publisher.StartActivity("publish parsed document");
            await bus.Publish(message);
            published[message.DocumentId] = root!.TraceId;
        }

        // The recorder hears every storage host in this process, and other test classes run theirs in parallel:
        // only spans of this test's own traces count.
        bool IsOurs(Activity span) => published.ContainsValue(span.TraceId) || span.Links.Any(link => published.ContainsValue(link.Context.TraceId));

        await using var dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        await Eventually(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            var recorded = _recorder.Spans.Where(IsOurs).ToList();
            var stores = recorded.Where(s => s.OperationName == StorageTelemetry.StoreDocumentSpan).ToList();
            // A receive span ends only after its message is acknowledged, i.e. after the batch was stored.
            return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM articles") == published.Count
                && stores.Count == published.Count
                && stores.All(store => recorded.Any(s => s.SpanId == store.ParentSpanId));
        });

        var spans = _recorder.Spans.ToList();
        var bySpanId = spans.ToDictionary(s => s.SpanId);
        foreach (var (documentId, traceId) in published)
        {
            var store = Assert.Single(spans, s => s.OperationName == StorageTelemetry.StoreDocumentSpan && (string?)s.GetTagItem("document.id") == documentId);
            Assert.Equal(traceId, store.TraceId);
            Assert.Equal(nameof(WriteOutcome.Stored), store.GetTagItem("store.outcome"));
            // Its parent is this message's own receive span in the storage endpoint.
            var parent = bySpanId[store.ParentSpanId];
            Assert.Equal(("MassTransit", ActivityKind.Consumer), (parent.Source.Name, parent.Kind));
            Assert.EndsWith("receive", parent.OperationName, StringComparison.Ordinal);
        }

        var batches = spans.Where(s => s.OperationName == StorageTelemetry.StoreBatchSpan && IsOurs(s)).ToList();
        Assert.Contains(batches, b => (int)b.GetTagItem("messaging.batch.message_count")! > 1);
        Assert.Equal(published.Values.ToHashSet(), batches.SelectMany(b => b.Links).Select(l => l.Context.TraceId).ToHashSet());
        // The batch's SQL hangs under the batch span, not under whichever message completed the batch.
        Assert.Contains(spans, s => s.Source.Name == "Npgsql" && batches.Any(b => b.SpanId == s.ParentSpanId));
    }

    [Fact]
    public async Task A_bad_message_in_a_batch_is_rejected_and_acknowledged_while_the_others_are_stored()
    {
        var documents = new SyntheticDocuments(seed: 56);
        var good = Enumerable.Range(0, 4).Select(_ => documents.Parsed(commentCount: 2)).ToList();
        var bad = documents.Parsed() with { DocumentId = "not-a-sha-256" };
        var bus = _storage.Services.GetRequiredService<IBus>();
        foreach (var message in good.Take(2).Append(bad).Concat(good.Skip(2)))
        {
            await bus.Publish(message);
        }

        await using var dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        await Eventually(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM articles") == good.Count
                && await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rejects WHERE document_id = @DocumentId", new { bad.DocumentId }) == 1;
        });

        // Its receive span ends once the message is settled: acknowledged, not faulted into the error queue.
        Activity? receive = null;
        await Eventually(() =>
        {
            var spans = _recorder.Spans.ToList();
            var store = spans.SingleOrDefault(s => s.OperationName == StorageTelemetry.StoreDocumentSpan && (string?)s.GetTagItem("document.id") == bad.DocumentId);
            receive = store is null ? null : spans.SingleOrDefault(s => s.SpanId == store.ParentSpanId);
            return Task.FromResult(receive is not null);
        });
        Assert.NotEqual(ActivityStatusCode.Error, receive!.Status);
        Assert.Null(await _broker.GetQueueAsync(IngestionQueues.Storage + "_error"));
    }

    private static async Task Eventually(Func<Task<bool>> probe)
    {
        var deadline = Stopwatch.StartNew();
        while (!await probe())
        {
            // The shared patience: other test projects, the fault suite's private servers among them, load the machine.
            Assert.True(deadline.Elapsed < Ingestion.Testing.Eventually.DefaultPatience, $"Gave up after {Ingestion.Testing.Eventually.DefaultPatience}.");
            await Task.Delay(100);
        }
    }
}
