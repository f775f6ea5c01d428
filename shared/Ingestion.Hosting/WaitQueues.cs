using System.Globalization;
using MassTransit.RabbitMqTransport;

namespace Ingestion.Hosting;

/// <summary>
/// Wait queues: durable queues in which messages wait out a delay, after which RabbitMQ dead-letters them back into
/// the queue they came from. Plain RabbitMQ (message TTL and dead-lettering), so it works wherever the
/// services run; the delayed-message-exchange plugin MassTransit would otherwise use is not on every broker.
/// </summary>
public static class WaitQueues
{
    /// <summary>One wait queue per delay: a queue-wide TTL keeps it first in, first out.</summary>
    public static string Name(string queue, TimeSpan delay) =>
        $"{queue}_wait-{((long)delay.TotalSeconds).ToString(CultureInfo.InvariantCulture)}s";

    /// <summary>
    /// Declares the wait queue and a fanout exchange of the same name bound to it (what MassTransit sends to).
    /// Idempotent, and cheap next to the outage that makes a message wait.
    /// </summary>
    public static async Task DeclareAsync(ChannelContext channel, string queue, TimeSpan delay, CancellationToken cancellationToken)
    {
        var name = Name(queue, delay);
        var arguments = new Dictionary<string, object>
        {
            ["x-queue-type"] = "quorum",
            ["x-message-ttl"] = (long)delay.TotalMilliseconds,
            // The default exchange routes by queue name: back to the queue the message came from.
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = queue,
            // A quorum queue only keeps a message until its dead-lettering is confirmed with these two.
            ["x-dead-letter-strategy"] = "at-least-once",
            ["x-overflow"] = "reject-publish",
        };
        await channel.ExchangeDeclare(name, "fanout", durable: true, autoDelete: false, new Dictionary<string, object>(), cancellationToken);
        await channel.QueueDeclare(name, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken);
        await channel.QueueBind(name, name, "", new Dictionary<string, object>(), cancellationToken);
    }
}
