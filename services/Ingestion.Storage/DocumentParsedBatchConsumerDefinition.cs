using Ingestion.Contracts;
using Ingestion.Hosting;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Storage;

public sealed class DocumentParsedBatchConsumerDefinition : ConsumerDefinition<DocumentParsedBatchConsumer>
{
    private readonly StorageSettings _settings;
    private readonly RedeliverySettings _redelivery;

    public DocumentParsedBatchConsumerDefinition(IOptions<StorageSettings> settings, IOptions<RedeliverySettings> redelivery)
    {
        _settings = settings.Value;
        _redelivery = redelivery.Value;
        EndpointName = IngestionQueues.Storage;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentParsedBatchConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        var batch = _settings.Batch;
        // A batch fills only if RabbitMQ hands over that many unacknowledged messages at once.
        var capacity = batch.MessageLimit * batch.ConcurrencyLimit;
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, capacity);
        endpointConfigurator.ConcurrentMessageLimit = Math.Max(endpointConfigurator.ConcurrentMessageLimit ?? 0, capacity);
        endpointConfigurator.UseFilter(new MessageTrace.Filter());
        // Per message, around the batch: each message of a batch that failed for good waits and comes back on its own.
        endpointConfigurator.UseWaitQueueRedelivery<DocumentParsed>(IngestionQueues.Storage, _redelivery, DatabaseRetry.TransientExceptions);

        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(batch.MessageLimit)
            .SetTimeLimit(batch.TimeLimit)
            .SetConcurrencyLimit(batch.ConcurrencyLimit));

        // Retries the whole batch; see DatabaseRetry for how long and why that is safe.
        consumerConfigurator.UseMessageRetry(retry => DatabaseRetry.Configure(retry, _settings));
    }
}
