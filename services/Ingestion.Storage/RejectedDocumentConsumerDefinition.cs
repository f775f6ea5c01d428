using Ingestion.Hosting;
using MassTransit;

namespace Ingestion.Storage;

public sealed class RejectedDocumentConsumerDefinition : ConsumerDefinition<RejectedDocumentConsumer>
{
    public RejectedDocumentConsumerDefinition() => EndpointName = IngestionQueues.Rejects;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RejectedDocumentConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(DatabaseRetry.Configure);
}
