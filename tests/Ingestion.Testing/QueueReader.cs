using System.Text.Json;
using RabbitMQ.Client;

namespace Ingestion.Testing;

/// <summary>Takes the messages waiting in a queue, as a consumer would, and returns their MassTransit message bodies.</summary>
public static class QueueReader
{
    /// <summary>AMQP's INTERNAL_ERROR, which RabbitMQ answers for a queue whose process is not running.</summary>
    private const int QueueProcessNotReady = 541;

    public static async Task<IReadOnlyList<JsonElement>> TakeAllAsync(RabbitMqVirtualHost virtualHost, string queue) =>
        (await TakeAllDeliveriesAsync(virtualHost, queue)).Select(delivery => delivery.Message).ToList();

    /// <summary>The messages waiting in a queue with their transport headers (string values decoded).</summary>
    public static async Task<IReadOnlyList<Delivery>> TakeAllDeliveriesAsync(RabbitMqVirtualHost virtualHost, string queue)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.RabbitMqHost,
            VirtualHost = virtualHost.Name,
            UserName = TestEnvironment.RabbitMqUser,
            Password = TestEnvironment.RabbitMqPassword,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        var messages = new List<Delivery>();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            // Publishers declare the queue on their first publish: no queue yet means nothing published yet.
            return messages;
        }

        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
            {
                using var envelope = JsonDocument.Parse(delivery.Body);
                var headers = (delivery.BasicProperties.Headers ?? new Dictionary<string, object?>()).ToDictionary(
                    header => header.Key,
                    header => header.Value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : header.Value?.ToString());
                messages.Add(new Delivery(envelope.RootElement.GetProperty("message").Clone(), headers, delivery.BasicProperties.Persistent));
            }
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == QueueProcessNotReady)
        {
            // "INTERNAL_ERROR - Cannot get a message from queue …: noproc": on a broker just started, a queue declared a
            // moment ago may have no process yet. The messages already taken are kept; the caller polls again.
        }

        return messages;
    }

    public sealed record Delivery(JsonElement Message, IReadOnlyDictionary<string, string?> Headers, bool Persistent);
}
