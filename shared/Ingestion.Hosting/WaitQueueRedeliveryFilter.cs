using MassTransit;

namespace Ingestion.Hosting;

/// <summary>
/// Puts a <see cref="WaitQueueRedeliveryContext{TMessage}"/> on each message before MassTransit's redelivery filter
/// looks for one (it adds its own, plugin-based one only where none is present).
/// </summary>
internal sealed class WaitQueueRedeliveryFilter<TMessage>(string queue) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        context.GetOrAddPayload<MessageRedeliveryContext>(() => new WaitQueueRedeliveryContext<TMessage>(context, queue));
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("waitQueueRedelivery").Add("queue", queue);
}
