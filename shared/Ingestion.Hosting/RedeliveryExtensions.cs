using MassTransit;

namespace Ingestion.Hosting;

public static class RedeliveryExtensions
{
    /// <summary>
    /// Redelivers a <typeparamref name="TMessage"/> whose consumer failed with one of <paramref name="transientExceptions"/>
    /// after its in-memory retries, <see cref="RedeliverySettings.Limit"/> times, <see cref="RedeliverySettings.Delay"/>
    /// apart, through a <see cref="WaitQueues"/>; then it moves to the <c>_error</c> queue with its fault. Configure the
    /// in-memory retries on the consumer, so that they run inside each redelivery.
    /// </summary>
    public static void UseWaitQueueRedelivery<TMessage>(
        this IReceiveEndpointConfigurator endpoint, string queue, RedeliverySettings settings, params Type[] transientExceptions)
        where TMessage : class
    {
        if (settings.Limit == 0)
        {
            return;
        }

        endpoint.AddPipeSpecification(new WaitQueueRedeliverySpecification<TMessage>(queue, settings, transientExceptions));
    }
}
