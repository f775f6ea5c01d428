using Ingestion.Testing;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace Ingestion.Fetcher.Tests;

/// <summary>A fetcher on a fresh inbox and RabbitMQ virtual host, with short timings so tests stay fast.</summary>
public sealed class FetcherFixture : IAsyncLifetime
{
    public const long MaxFileBytes = 64 * 1024;

    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromSeconds(2);

    private readonly DirectoryInfo _inbox = Directory.CreateTempSubdirectory("ingestion-fetcher-");
    private WebApplication? _fetcher;

    public RabbitMqVirtualHost Broker { get; } = new();

    public string Inbox => _inbox.FullName;

    public string Processed => Path.Combine(Inbox, "processed");

    public string Failed => Path.Combine(Inbox, "failed");

    public string Processing => Path.Combine(Inbox, ".processing");

    public async Task InitializeAsync()
    {
        await Broker.InitializeAsync();
        _fetcher = await ServiceHost.StartAsync(builder => builder.AddFetcher(), Broker.Settings.Concat(new Dictionary<string, string?>
        {
            ["Fetcher:InboxPath"] = Inbox,
            ["Fetcher:QuietPeriod"] = "00:00:00.300",
            ["Fetcher:RescanInterval"] = "00:00:00.200",
            ["Fetcher:ClaimTimeout"] = ClaimTimeout.ToString(),
            ["Fetcher:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    public async Task DisposeAsync()
    {
        if (_fetcher is not null)
        {
            await _fetcher.StopAsync();
            await _fetcher.DisposeAsync();
        }

        await Broker.DisposeAsync();
        _inbox.Delete(recursive: true);
    }
}
