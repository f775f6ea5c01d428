using Ingestion.Hosting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Ingestion.Deployment.Tests;

/// <summary>A service as it is deployed: its project, its names in compose and Kubernetes, and the settings it cannot start without.</summary>
public sealed record DeployedService(string Name, string Project, IReadOnlyList<string> RequiredSettings, string? Queue = null)
{
    /// <summary>The service name in docker-compose.yml.</summary>
    public string ComposeService => Name;

    /// <summary>The Deployment, its image and its OpenTelemetry service.name.</summary>
    public string KubernetesName => $"ingestion-{Name}";

    public string Dockerfile => $"services/{Project}/Dockerfile";

    public string ProjectFile => $"services/{Project}/{Project}.csproj";
}

/// <summary>The one list every deployment test reads what a service requires from.</summary>
public static class DeployedServices
{
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string InboxPath = "Fetcher__InboxPath";
    public const string PostgresConnectionString = "ConnectionStrings__Postgres";
    public const int HttpPort = 8080;
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static readonly string RabbitMqHost = $"{MessagingExtensions.RabbitMqSection}__Host";
    public static readonly string RabbitMqUser = $"{MessagingExtensions.RabbitMqSection}__User";
    public static readonly string RabbitMqPass = $"{MessagingExtensions.RabbitMqSection}__Pass";

    /// <summary>Settings whose values must come from .env or a Secret, never from a file in the repository.</summary>
    public static readonly IReadOnlyList<string> Credentials = [RabbitMqUser, RabbitMqPass, PostgresConnectionString];

    private static readonly string[] Bus = [RabbitMqHost, RabbitMqUser, RabbitMqPass, OtlpEndpoint];

    public static readonly IReadOnlyList<DeployedService> All =
    [
        new("fetcher", "Ingestion.Fetcher", [.. Bus, InboxPath]),
        new("parser", "Ingestion.Parser", Bus, IngestionQueues.Parser),
        new("storage", "Ingestion.Storage", [.. Bus, PostgresConnectionString], IngestionQueues.Storage),
    ];

    public static TheoryData<string> Names => [.. All.Select(s => s.Name)];

    /// <summary>The services that consume a queue and so scale out with its backlog.</summary>
    public static TheoryData<string> Scalable => [.. All.Where(s => s.Queue is not null).Select(s => s.Name)];

    public static DeployedService Named(string name) => All.Single(s => s.Name == name);

    /// <summary>How long the bus waits for messages in flight when the service stops, as the services configure it.</summary>
    public static TimeSpan BusStopTimeout { get; } = ReadBusStopTimeout();

    private static TimeSpan ReadBusStopTimeout()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddIngestionBus(configureBus: null);
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<MassTransitHostOptions>>().Value.StopTimeout
            ?? throw new InvalidOperationException("The bus sets no stop timeout.");
    }
}
