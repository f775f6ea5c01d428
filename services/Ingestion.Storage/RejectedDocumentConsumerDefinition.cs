using Ingestion.Contracts;
using Ingestion.Hosting;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Storage;

public sealed class RejectedDocumentConsumerDefinition : ConsumerDefinition<RejectedDocumentConsumer>
{
    private readonly StorageSettings _settings;
    private readonly RedeliverySettings _redelivery;

    public RejectedDocumentConsumerDefinition(IOptions<StorageSettings> settings, IOptions<RedeliverySettings> redelivery)
    {
        _settings = settings.Value;
        _redelivery = redelivery.Value;
        EndpointName = IngestionQueues.Rejects;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RejectedDocumentConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        var transient = DatabaseRetry.TransientExceptions;
        endpointConfigurator.UseWaitQueueRedelivery<DocumentRejected>(IngestionQueues.Rejects, _redelivery, transient);
        endpointConfigurator.UseWaitQueueRedelivery<Fault<DocumentFetched>>(IngestionQueues.Rejects, _redelivery, transient);
        endpointConfigurator.UseWaitQueueRedelivery<Fault<DocumentParsed>>(IngestionQueues.Rejects, _redelivery, transient);
        consumerConfigurator.UseMessageRetry(retry => DatabaseRetry.Configure(retry, _settings));
    }
}
