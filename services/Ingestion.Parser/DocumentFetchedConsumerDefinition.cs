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
        // Parsing is pure, so a failure is almost always a bug: a few quick tries, then the _error queue.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 1000));
    }
}
