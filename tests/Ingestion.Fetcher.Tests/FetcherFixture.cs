using Ingestion.Testing;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace Ingestion.Fetcher.Tests;

/// <summary>
/// Fetchers on a fresh inbox and RabbitMQ virtual host, with short timings so tests stay fast.
/// Subclasses choose how many replicas share the inbox, extra settings, and what waits in the inbox at start.
/// </summary>
public abstract class FetcherFixtureBase : IAsyncLifetime
{
    public const long MaxFileBytes = 64 * 1024;

    // A publish is given half the claim timeout. On a machine loaded by other test projects a broker confirm can take
    // more than a second, and a publish cancelled after it reached the broker is published again (at least once, by
    // design); the tests expect exactly once, so claims get time enough. Stale-claim tests date their claims back.
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromSeconds(10);

    private readonly DirectoryInfo _inbox = Directory.CreateTempSubdirectory("ingestion-fetcher-");
    private readonly List<WebApplication> _fetchers = [];

    public RabbitMqVirtualHost Broker { get; } = new();

    public string Inbox => _inbox.FullName;

    public string Processed => Path.Combine(Inbox, "processed");

    public string Failed => Path.Combine(Inbox, "failed");

    public string Processing => Path.Combine(Inbox, ".processing");

    protected virtual int Replicas => 1;

    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected virtual void PrepareInbox()
    {
    }

    public async Task InitializeAsync()
    {
        await Broker.InitializeAsync();
        PrepareInbox();
        var settings = Broker.Settings.Concat(new Dictionary<string, string?>
        {
            ["Fetcher:InboxPath"] = Inbox,
            ["Fetcher:QuietPeriod"] = "00:00:00.300",
            ["Fetcher:RescanInterval"] = "00:00:00.200",
            ["Fetcher:ClaimTimeout"] = ClaimTimeout.ToString(),
            ["Fetcher:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Concat(ExtraSettings).ToList();
        for (var i = 0; i < Replicas; i++)
        {
            _fetchers.Add(await ServiceHost.StartAsync(builder => builder.AddFetcher(), settings));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var fetcher in _fetchers)
        {
            await fetcher.StopAsync();
            await fetcher.DisposeAsync();
        }

        await Broker.DisposeAsync();
        _inbox.Delete(recursive: true);
    }
}

public sealed class FetcherFixture : FetcherFixtureBase;
