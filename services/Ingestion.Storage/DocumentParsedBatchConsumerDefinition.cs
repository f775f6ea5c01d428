using Ingestion.Hosting;
using MassTransit;
using Microsoft.Extensions.Options;
using Npgsql;

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

        // Retries the whole batch, briefly, for a deadlock or a dropped connection; data errors never reach
        // here (DocumentStore rejects those documents). The messages stay unacknowledged meanwhile, so these
        // must stay well under RabbitMQ's consumer timeout.
        consumerConfigurator.UseMessageRetry(retry =>
        {
            retry.Handle<NpgsqlException>();
            retry.Handle<TimeoutException>();
            retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(300));
        });
    }
}
