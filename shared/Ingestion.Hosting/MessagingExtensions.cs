using Ingestion.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ingestion.Hosting;

public static class MessagingExtensions
{
    public const string RabbitMqSection = "RabbitMq";

    public static IHostApplicationBuilder AddIngestionBus(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureBus)
    {
        // UsingRabbitMq reads RabbitMqTransportOptions when no Host is given, so RabbitMq__Host etc. work from the environment.
        // MassTransit defaults the credentials to guest/guest: required here, so a deployment missing them fails at start-up.
        var section = builder.Configuration.GetSection(RabbitMqSection);
        builder.Services.AddOptions<RabbitMqTransportOptions>()
            .BindConfiguration(RabbitMqSection)
            .Validate(_ => !string.IsNullOrWhiteSpace(section["Host"]), Required("Host"))
            .Validate(_ => !string.IsNullOrWhiteSpace(section["User"]), Required("User"))
            .Validate(_ => !string.IsNullOrWhiteSpace(section["Pass"]), Required("Pass"))
            .ValidateOnStart();
        builder.Services.AddValidatedOptions<RedeliverySettings>(RedeliverySettings.Section);

        builder.Services.AddOptions<MassTransitHostOptions>().Configure(options =>
        {
            // Consumers are bound before the service reports itself started.
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromMinutes(2);
            // In-flight messages finish (or go back to the queue) before the process exits.
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });

            configureBus?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.DeclareSubscriberQueue<DocumentFetched>(IngestionQueues.Parser);
                rabbit.DeclareSubscriberQueue<DocumentParsed>(IngestionQueues.Storage);
                rabbit.DeclareSubscriberQueue<DocumentRejected>(IngestionQueues.Rejects);
                rabbit.DeclareSubscriberQueue<Fault<DocumentFetched>>(IngestionQueues.Rejects);
                rabbit.DeclareSubscriberQueue<Fault<DocumentParsed>>(IngestionQueues.Rejects);
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }

    private static string Required(string key) => $"{RabbitMqSection}:{key} is required (environment: {RabbitMqSection}__{key}).";

    /// <summary>
    /// Declares <paramref name="queueName"/> exactly as its consumer does and binds it straight to the message type's
    /// exchange, the first time the message is published. (MassTransit's own binding, made when the consumer starts,
    /// routes through the endpoint's exchange; RabbitMQ still delivers one copy per queue.)
    /// </summary>
    private static void DeclareSubscriberQueue<TMessage>(this IRabbitMqBusFactoryConfigurator rabbit, string queueName)
        where TMessage : class =>
        rabbit.Publish<TMessage>(publish =>
            publish.BindQueue(publish.Exchange.ExchangeName, queueName, queue => queue.SetQuorumQueue()));
}
