using Ingestion.Hosting;
using MassTransit;
using Npgsql;

namespace Ingestion.Storage;

public sealed class DocumentParsedConsumerDefinition : ConsumerDefinition<DocumentParsedConsumer>
{
    public DocumentParsedConsumerDefinition() => EndpointName = IngestionQueues.Storage;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentParsedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // Short in-memory retries ride out a deadlock or a dropped connection; the message stays unacknowledged
        // meanwhile, so these must stay well under RabbitMQ's consumer timeout.
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Handle<NpgsqlException>();
            retry.Handle<TimeoutException>();
            retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300));
        });
    }
}
