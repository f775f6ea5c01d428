using MassTransit;
using MassTransit.RabbitMqTransport;

namespace Ingestion.Hosting;

/// <summary>
/// MassTransit's redelivery (retry counting, fault suppression until the last try, the <c>_error</c> queue at the end)
/// with the delay served by a <see cref="WaitQueues"/> instead of a scheduler or a broker plugin.
/// </summary>
internal sealed class WaitQueueRedeliveryContext<TMessage>(ConsumeContext<TMessage> context, string queue) : MessageRedeliveryContext
    where TMessage : class
{
    public async Task ScheduleRedelivery(TimeSpan delay, Action<ConsumeContext, SendContext>? callback = null)
    {
        if (!context.ReceiveContext.TryGetPayload<ChannelContext>(out var channel))
        {
            throw new InvalidOperationException($"Redelivery through a wait queue needs the RabbitMQ transport; {queue} has none.");
        }

        await WaitQueues.DeclareAsync(channel, queue, delay, context.CancellationToken);
        var waitQueue = await context.GetSendEndpoint(new Uri($"exchange:{WaitQueues.Name(queue, delay)}"));
        await context.Forward(waitQueue, Pipe.Execute<SendContext<TMessage>>(send =>
        {
            send.Headers.Set(MessageHeaders.RedeliveryCount, context.GetRedeliveryCount() + 1);
            // A returned message fails the send instead of vanishing, should the wait queue be gone.
            if (send.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                rabbit.Mandatory = true;
            }

            callback?.Invoke(context, send);
        }));
    }
}
