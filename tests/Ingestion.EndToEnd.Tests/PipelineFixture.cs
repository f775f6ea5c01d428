using System.Diagnostics;
using Ingestion.Fetcher;
using Ingestion.Parser;
using Ingestion.Storage;
using Ingestion.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Xunit;
using Xunit.Abstractions;

namespace Ingestion.EndToEnd.Tests;

/// <summary>
/// The three services in this process, each with its own host exactly as its Program.cs builds it, on the real
/// RabbitMQ (a virtual host of their own) and PostgreSQL (a database of their own).
/// </summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    private readonly List<WebApplication> _services = [];
    private readonly DirectoryInfo _inbox = Directory.CreateTempSubdirectory("ingestion-inbox-");

    public PostgresDatabase Database { get; } = new();

    public RabbitMqVirtualHost Broker { get; } = new();

    public string InboxPath => _inbox.FullName;

    /// <summary>Every span the services ended, from all three: the in-memory exporter sees every ActivitySource in the process.</summary>
    public List<Activity> Spans { get; } = [];

    private ServiceLog Log { get; } = new();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await Broker.InitializeAsync();
    }

    /// <param name="overrides">Settings that replace the short test timings, e.g. the default quiet period.</param>
    public Task StartFetcherAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Fetcher:InboxPath"] = InboxPath,
            ["Fetcher:QuietPeriod"] = "00:00:00.200",
            ["Fetcher:RescanInterval"] = "00:00:00.250",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return StartAsync("fetcher", builder => builder.AddFetcher(), settings);
    }

    /// <summary>Starts a parser; its services, e.g. to listen to this host's meters only.</summary>
    public Task<IServiceProvider> StartParserAsync() => StartAsync("parser", builder => builder.AddParser(), []);

    public Task StartStorageAsync() => StartAsync("storage", builder => builder.AddStorage(), new Dictionary<string, string?>
    {
        [$"ConnectionStrings:{StorageRegistration.ConnectionStringName}"] = Database.ConnectionString,
    });

    private async Task<IServiceProvider> StartAsync(string name, Action<WebApplicationBuilder> addService, Dictionary<string, string?> settings)
    {
        var exportSpans = _services.Count == 0;
        var service = await ServiceHost.StartAsync(
            addService,
            Broker.Settings.Concat(settings),
            services =>
            {
                services.AddSingleton(Log.For(name));

                // One exporter is enough (and more would record each span once per host).
                if (exportSpans)
                {
                    services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
                }
            });
        _services.Add(service);
        return service.Services;
    }

    /// <summary>What the services logged so far, into a test's output: xunit shows it when the test fails.</summary>
    public void WriteLogTo(ITestOutputHelper output)
    {
        foreach (var line in Log.Lines)
        {
            output.WriteLine(line);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.StopAsync();
            await service.DisposeAsync();
        }

        await Broker.DisposeAsync();
        await Database.DisposeAsync();
        _inbox.Delete(recursive: true);
    }
}
