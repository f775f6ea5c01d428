using System.Diagnostics;
using Ingestion.Hosting;
using Ingestion.Testing;
using Xunit;

namespace Ingestion.Fetcher.Tests;

public sealed class TwoFetchersFixture : FetcherFixtureBase
{
    public const int FileCount = 2_000;

    protected override int Replicas => 2;

    protected override void PrepareInbox()
    {
        var settled = DateTime.UtcNow.AddMinutes(-1);
        for (var i = 0; i < FileCount; i++)
        {
            var path = Path.Combine(Inbox, $"page-{i:D4}.txt");
            File.WriteAllText(path, $"Headline {i}\n\nBody of page {i}.\n");
            File.SetLastWriteTimeUtc(path, settled);
        }
    }
}

public sealed class ReplicaFetchingTests(TwoFetchersFixture fetchers) : IClassFixture<TwoFetchersFixture>
{
    [Fact]
    public async Task Two_fetchers_on_one_inbox_publish_each_of_2000_files_exactly_once()
    {
        var published = new List<string>();
        var clock = Stopwatch.StartNew();
        while (published.Count < TwoFetchersFixture.FileCount && clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(200);
            published.AddRange((await QueueReader.TakeAllAsync(fetchers.Broker, IngestionQueues.Parser))
                .Select(message => message.GetProperty("fileName").GetString()!));
        }

        // Anything published twice would arrive within the claim timeout of the first copy.
        await Task.Delay(FetcherFixtureBase.ClaimTimeout + TimeSpan.FromSeconds(1));
        published.AddRange((await QueueReader.TakeAllAsync(fetchers.Broker, IngestionQueues.Parser))
            .Select(message => message.GetProperty("fileName").GetString()!));

        Assert.Equal(TwoFetchersFixture.FileCount, published.Count);
        Assert.Equal(TwoFetchersFixture.FileCount, published.Distinct().Count());
        Assert.Empty(Directory.EnumerateFiles(fetchers.Inbox));
        Assert.Empty(Directory.EnumerateFileSystemEntries(fetchers.Processing));
        Assert.Equal(TwoFetchersFixture.FileCount, Directory.EnumerateFiles(fetchers.Processed, "*", SearchOption.AllDirectories).Count());
    }
}
