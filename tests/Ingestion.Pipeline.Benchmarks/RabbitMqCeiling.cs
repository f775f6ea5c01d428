using System.Diagnostics;
using System.Threading.RateLimiting;
using Ingestion.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>
/// RabbitMQ's ceiling for these messages, with RabbitMQ.Client directly (the client MassTransit itself uses), so the
/// figure is the broker's and not MassTransit's: publisher → fanout exchange → quorum queue A → a consumer that
/// publishes the second message (the DocumentParsed-sized body) and then acknowledges → quorum queue B → a consumer
/// that only acknowledges. Persistent messages and publisher confirms, as the pipeline; the same publishing
/// concurrency as the fetcher and the storage consumer's prefetch.
/// </summary>
internal static class RabbitMqCeiling
{
    private const int PublishConcurrency = 32;
    private const ushort MiddlePrefetch = 32;
    private const ushort MiddleConcurrency = 16;
    private const ushort LastPrefetch = 200;

    public static async Task<double> DocumentsPerSecondAsync(IReadOnlyList<PipelineMessages> messages, CancellationToken cancellationToken)
    {
        var virtualHost = new RabbitMqVirtualHost();
        await virtualHost.InitializeAsync();
        try
        {
            var factory = new ConnectionFactory
            {
                HostName = TestEnvironment.RabbitMqHost,
                VirtualHost = virtualHost.Name,
                UserName = TestEnvironment.RabbitMqUser,
                Password = TestEnvironment.RabbitMqPassword,
            };
            await using var publisherConnection = await factory.CreateConnectionAsync(cancellationToken);
            await using var middleConnection = await factory.CreateConnectionAsync(cancellationToken);
            await using var lastConnection = await factory.CreateConnectionAsync(cancellationToken);

            await using var publisher = await publisherConnection.CreateChannelAsync(Confirmed(), cancellationToken);
            await DeclareAsync(publisher, "bench-fetched", "bench-parser", cancellationToken);
            await DeclareAsync(publisher, "bench-parsed", "bench-storage", cancellationToken);

            // The middle hop republishes the message that belongs to the one it received, as the parser does.
            var secondBodies = messages.ToDictionary(m => m.Fetched.DocumentId, m => m.ParsedBody, StringComparer.Ordinal);
            await using var middleIn = await middleConnection.CreateChannelAsync(
                new CreateChannelOptions(false, false, consumerDispatchConcurrency: MiddleConcurrency), cancellationToken);
            await using var middleOut = await middleConnection.CreateChannelAsync(Confirmed(), cancellationToken);
            await middleIn.BasicQosAsync(0, MiddlePrefetch, false, cancellationToken);
            var middle = new AsyncEventingBasicConsumer(middleIn);
            middle.ReceivedAsync += async (_, delivery) =>
            {
                var id = delivery.BasicProperties.MessageId!;
                await middleOut.BasicPublishAsync("bench-parsed", "", false, Persistent(id), secondBodies[id], cancellationToken);
                await middleIn.BasicAckAsync(delivery.DeliveryTag, false, cancellationToken);
            };
            await middleIn.BasicConsumeAsync("bench-parser", false, middle, cancellationToken);

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var arrived = 0;
            await using var last = await lastConnection.CreateChannelAsync(cancellationToken: cancellationToken);
            await last.BasicQosAsync(0, LastPrefetch, false, cancellationToken);
            var sink = new AsyncEventingBasicConsumer(last);
            sink.ReceivedAsync += async (_, delivery) =>
            {
                await last.BasicAckAsync(delivery.DeliveryTag, false, cancellationToken);
                if (Interlocked.Increment(ref arrived) == messages.Count)
                {
                    done.TrySetResult();
                }
            };
            await last.BasicConsumeAsync("bench-storage", false, sink, cancellationToken);

            var clock = Stopwatch.StartNew();
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, PublishConcurrency).Select(_ => Task.Run(async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < messages.Count)
                {
                    var message = messages[index];
                    await publisher.BasicPublishAsync(
                        "bench-fetched", "", false, Persistent(message.Fetched.DocumentId), message.FetchedBody, cancellationToken);
                }
            }, cancellationToken)));
            await done.Task.WaitAsync(TimeSpan.FromMinutes(10), cancellationToken);
            return messages.Count / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await virtualHost.DisposeAsync();
        }
    }

    private static CreateChannelOptions Confirmed() =>
        new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true,
            outstandingPublisherConfirmationsRateLimiter: new ThrottlingRateLimiter(1024));

    private static BasicProperties Persistent(string messageId) =>
        new() { Persistent = true, MessageId = messageId, ContentType = "application/vnd.masstransit+json" };

    private static async Task DeclareAsync(IChannel channel, string exchange, string queue, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(
            queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
    }
}
