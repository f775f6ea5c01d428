using Ingestion.Hosting;
using Ingestion.Testing;
using Xunit;

namespace Ingestion.Fetcher.Tests;

public sealed class SubfolderFetcherFixture : FetcherFixtureBase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Fetcher:IncludeSubdirectories"] = "true" };

    protected override void PrepareInbox()
    {
        Directory.CreateDirectory(Path.Combine(Inbox, "site-a", "2013"));
        File.WriteAllText(Path.Combine(Inbox, "site-a", "2013", "nested.txt"), "a nested page");
        Directory.CreateDirectory(Path.Combine(Inbox, ".git"));
        File.WriteAllText(Path.Combine(Inbox, ".git", "config.txt"), "not a page");
        // A file already in the fetcher's own folders was handled before; it must never be taken again.
        Directory.CreateDirectory(Path.Combine(Processed, "2013-01-01"));
        File.WriteAllText(Path.Combine(Processed, "2013-01-01", "old.txt"), "published long ago");
        foreach (var file in Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }
    }
}

public sealed class SubfolderFetchingTests(SubfolderFetcherFixture fetcher) : IClassFixture<SubfolderFetcherFixture>
{
    [Fact]
    public async Task With_sub_folders_on_nested_files_are_taken_but_hidden_and_own_folders_are_not()
    {
        var published = new List<string>();
        for (var attempt = 0; attempt < 100 && !published.Contains("nested.txt"); attempt++)
        {
            await Task.Delay(100);
            published.AddRange((await QueueReader.TakeAllAsync(fetcher.Broker, IngestionQueues.Parser))
                .Select(message => message.GetProperty("fileName").GetString()!));
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        published.AddRange((await QueueReader.TakeAllAsync(fetcher.Broker, IngestionQueues.Parser))
            .Select(message => message.GetProperty("fileName").GetString()!));

        Assert.Equal(["nested.txt"], published);
        Assert.True(File.Exists(Path.Combine(fetcher.Inbox, ".git", "config.txt")));
        Assert.True(File.Exists(Path.Combine(fetcher.Processed, "2013-01-01", "old.txt")));
    }
}
