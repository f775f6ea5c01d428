using Ingestion.Hosting;
using MassTransit;
using Npgsql;

namespace Ingestion.Storage;

public sealed class RejectedDocumentConsumerDefinition : ConsumerDefinition<RejectedDocumentConsumer>
{
    public RejectedDocumentConsumerDefinition() => EndpointName = IngestionQueues.Rejects;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RejectedDocumentConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Handle<NpgsqlException>();
            retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300));
        });
}
