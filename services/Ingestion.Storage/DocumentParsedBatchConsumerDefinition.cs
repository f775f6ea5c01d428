using Ingestion.Hosting;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Storage;

public sealed class DocumentParsedBatchConsumerDefinition : ConsumerDefinition<DocumentParsedBatchConsumer>
{
    private readonly StorageSettings.BatchSettings _batch;

    public DocumentParsedBatchConsumerDefinition(IOptions<StorageSettings> settings)
    {
        _batch = settings.Value.Batch;
        EndpointName = IngestionQueues.Storage;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentParsedBatchConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // A batch fills only if RabbitMQ hands over that many unacknowledged messages at once.
        var capacity = _batch.MessageLimit * _batch.ConcurrencyLimit;
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, capacity);
        endpointConfigurator.ConcurrentMessageLimit = Math.Max(endpointConfigurator.ConcurrentMessageLimit ?? 0, capacity);
        endpointConfigurator.UseFilter(new MessageTrace.Filter());

        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(_batch.MessageLimit)
            .SetTimeLimit(_batch.TimeLimit)
            .SetConcurrencyLimit(_batch.ConcurrencyLimit));

        // Retries the whole batch; see DatabaseRetry for how long and why that is safe.
        consumerConfigurator.UseMessageRetry(DatabaseRetry.Configure);
    }
}
