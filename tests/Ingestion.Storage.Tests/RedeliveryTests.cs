using Dapper;
using Ingestion.Hosting;
using Ingestion.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ingestion.Storage.Tests;

/// <summary>
/// A database outage longer than the in-memory retries: the messages wait in a wait queue and come back, and only
/// after the last redelivery go to the error queue, recorded in <c>rejects</c>. Taking the INSERT privilege away
/// makes every write fail as an outage would, without stopping the PostgreSQL server other tests use.
/// </summary>
public sealed class RedeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly PostgresDatabase _database = new();
    private readonly RabbitMqVirtualHost _broker = new();
    private WebApplication? _storage;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _broker.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.StopAsync();
            await _storage.DisposeAsync();
        }

        await _broker.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_document_written_during_a_long_outage_waits_and_is_stored_once_the_database_is_back()
    {
        var bus = await StartStorageAsync(redeliveryLimit: 100);
        await SetWritableAsync(false);
        var document = new SyntheticDocuments(seed: 81).Parsed(commentCount: 3);
        await bus.Publish(document);

        // The wait queue is declared when the first message goes into it.
        await Eventually.TrueAsync(async () => await _broker.GetQueueAsync(WaitQueues.Name(IngestionQueues.Storage, Delay)) is not null);
        await SetWritableAsync(true);

        await Eventually.TrueAsync(async () => await CountAsync("SELECT count(*) FROM comments WHERE document_id = @DocumentId", document.DocumentId) == 3);
        Assert.Null(await _broker.GetQueueAsync(IngestionQueues.Storage + "_error"));
        await using var connection = await _database.CreateDataSource().OpenConnectionAsync();
        Assert.Empty(await connection.QueryAsync<string>("SELECT stage || ': ' || reason FROM rejects"));
    }

    [Fact]
    public async Task A_document_that_fails_every_redelivery_moves_to_the_error_queue_and_is_recorded_as_rejected()
    {
        var bus = await StartStorageAsync(redeliveryLimit: 2);
        await SetWritableAsync(false);
        var document = new SyntheticDocuments(seed: 82).Parsed(commentCount: 1);
        await bus.Publish(document);

        await Eventually.TrueAsync(async () => await CountAsync("SELECT count(*) FROM rejects WHERE document_id = @DocumentId AND stage = 'storage'", document.DocumentId) == 1);
        await using (var connection = await _database.CreateDataSource().OpenConnectionAsync())
        {
            var reason = await connection.ExecuteScalarAsync<string>("SELECT reason FROM rejects WHERE document_id = @DocumentId", new { document.DocumentId });
            Assert.Contains("after every redelivery", reason, StringComparison.Ordinal);
            Assert.Contains("permission denied", reason, StringComparison.Ordinal);
        }

        var error = await Eventually.ValueAsync(async () => await _broker.GetQueueAsync(IngestionQueues.Storage + "_error") is { Messages: > 0 } queue ? queue : null);
        Assert.Equal((1, true), (error.Messages, error.Durable));
        var waitQueue = await _broker.GetQueueAsync(WaitQueues.Name(IngestionQueues.Storage, Delay));
        Assert.Equal(("quorum", true), (waitQueue?.Type, waitQueue?.Durable));
        var failed = Assert.Single(await QueueReader.TakeAllDeliveriesAsync(_broker, IngestionQueues.Storage + "_error"));
        Assert.Equal(document.DocumentId, failed.Message.GetProperty("documentId").GetString());
        Assert.Contains("permission denied", failed.Headers["MT-Fault-Message"], StringComparison.Ordinal);
        Assert.Equal("2", failed.Headers["MT-Redelivery-Count"]);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM documents WHERE id = @DocumentId", document.DocumentId));
    }

    private async Task<IBus> StartStorageAsync(int redeliveryLimit)
    {
        _storage = await ServiceHost.StartAsync(builder => builder.AddStorage(), _broker.Settings.Concat(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{StorageRegistration.ConnectionStringName}"] = _database.ConnectionString,
            ["Storage:RetryIntervals:0"] = "00:00:00.050",
            ["Redelivery:Delay"] = Delay.ToString(),
            ["Redelivery:Limit"] = redeliveryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        return _storage.Services.GetRequiredService<IBus>();
    }

    private async Task SetWritableAsync(bool writable)
    {
        await using var connection = await _database.CreateDataSource().OpenConnectionAsync();
        await connection.ExecuteAsync(writable ? "GRANT INSERT ON documents TO CURRENT_USER" : "REVOKE INSERT ON documents FROM CURRENT_USER");
    }

    private async Task<int> CountAsync(string sql, string documentId)
    {
        await using var connection = await _database.CreateDataSource().OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(sql, new { DocumentId = documentId });
    }
}
