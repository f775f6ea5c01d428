using Ingestion.Hosting;
using MassTransit;

namespace Ingestion.Parser;

public sealed class DocumentFetchedConsumerDefinition : ConsumerDefinition<DocumentFetchedConsumer>
{
    public DocumentFetchedConsumerDefinition() => EndpointName = IngestionQueues.Parser;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentFetchedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // MassTransit's default prefetch (2 per core, at most 16: 4 here) leaves the parser waiting on acknowledgement
        // round trips, its threads spinning between messages; a deeper prefetch keeps work queued in the process,
        // while the number parsed at once stays a few per core because parsing is CPU-bound (docs/benchmark.md).
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, 64);
        endpointConfigurator.ConcurrentMessageLimit = Environment.ProcessorCount * 2;

        // Parsing is pure, so a failure is almost always a bug: a few quick tries, then the _error queue.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 1000));
    }
}
