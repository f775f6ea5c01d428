using Ingestion.Hosting;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ingestion.Parser;

public sealed class DocumentFetchedConsumerDefinition : ConsumerDefinition<DocumentFetchedConsumer>
{
    private readonly ParserSettings _settings;

    public DocumentFetchedConsumerDefinition(IOptions<ParserSettings> settings)
    {
        _settings = settings.Value;
        EndpointName = IngestionQueues.Parser;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentFetchedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = _settings.PrefetchCount;
        endpointConfigurator.ConcurrentMessageLimit = _settings.ConcurrentMessageLimit ?? Environment.ProcessorCount * 2;

        // Parsing is pure, so a failure is almost always a bug: a few quick tries, then the _error queue.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 1000));
    }
}
