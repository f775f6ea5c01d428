using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ingestion.Hosting;
using Ingestion.Testing;
using Xunit;

namespace Ingestion.Fetcher.Tests;

/// <summary>
/// One fetcher per class on a real RabbitMQ; every test uses file names of its own and reads what was published
/// back from the parser's queue.
/// </summary>
public sealed class InboxFetchingTests(FetcherFixture fetcher) : IClassFixture<FetcherFixture>
{
    private readonly List<JsonElement> _published = [];

    [Fact]
    public async Task A_dropped_file_is_published_once_with_its_hash_and_moved_to_processed()
    {
        var content = Encoding.UTF8.GetBytes("Headline\n\nBody of the first story.\n");
        await File.WriteAllBytesAsync(Path.Combine(fetcher.Inbox, "story-once.txt"), content);

        var message = await PublishedAsync("story-once.txt");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), message.GetProperty("documentId").GetString());
        Assert.Equal(content, message.GetProperty("content").GetBytesFromBase64());
        Assert.Equal(content.Length, message.GetProperty("size").GetInt64());
        Assert.Equal("text/plain", message.GetProperty("contentType").GetString());
        Assert.Single(await ProcessedCopiesAsync("story-once.txt"));
        Assert.False(File.Exists(Path.Combine(fetcher.Inbox, "story-once.txt")));

        await Task.Delay(TimeSpan.FromSeconds(1));
        await DrainAsync();
        Assert.Single(_published, m => m.GetProperty("fileName").GetString() == "story-once.txt");
    }

    [Fact]
    public async Task A_file_written_slowly_is_published_once_and_whole()
    {
        var path = Path.Combine(fetcher.Inbox, "slow-write.html");
        var chunk = Encoding.UTF8.GetBytes("<p>" + new string('x', 200) + "</p>\n");
        await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            for (var i = 0; i < 20; i++)
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
                await Task.Delay(100);
            }
        }

        var message = await PublishedAsync("slow-write.html");

        Assert.Equal(20 * chunk.Length, message.GetProperty("size").GetInt64());
        await Task.Delay(TimeSpan.FromSeconds(1));
        await DrainAsync();
        Assert.Single(_published, m => m.GetProperty("fileName").GetString() == "slow-write.html");
    }

    [Fact]
    public async Task A_file_its_writer_still_holds_open_waits_in_the_inbox_even_with_an_old_time_and_is_published_whole()
    {
        // File.Copy and cp -p give the copy its source's modification time, so the quiet period looks long past while
        // the copy is still open.
        var path = Path.Combine(fetcher.Inbox, "held-open.txt");
        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await writer.WriteAsync("first half, "u8.ToArray());
            await writer.FlushAsync();
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-1));

            // Several listings (every 200 ms) find it settled by its time.
            await Task.Delay(TimeSpan.FromSeconds(1.5));

            Assert.True(File.Exists(path));
            Assert.False(Directory.Exists(fetcher.Failed) && Directory.EnumerateFiles(fetcher.Failed, "held-open.txt*").Any());
            await writer.WriteAsync("second half"u8.ToArray());
        }

        var message = await PublishedAsync("held-open.txt");

        Assert.Equal("first half, second half"u8.ToArray(), message.GetProperty("content").GetBytesFromBase64());
    }

    [Fact]
    public async Task A_taken_over_claim_whose_writer_still_holds_it_goes_back_to_the_inbox_and_is_published_once_closed()
    {
        Directory.CreateDirectory(fetcher.Processing);
        var claimedAt = DateTimeOffset.UtcNow - FetcherFixtureBase.ClaimTimeout - TimeSpan.FromSeconds(1);
        var orphan = FileClaim.TryTake(await WriteOutsideInboxAsync("held "), "held-claim.txt", fetcher.Processing, claimedAt);
        Assert.NotNull(orphan);

        await using (var writer = new FileStream(orphan.Path, FileMode.Append, FileAccess.Write, FileShare.None))
        {
            await Eventually.TrueAsync(() => Task.FromResult(File.Exists(Path.Combine(fetcher.Inbox, "held-claim.txt"))));
            Assert.False(Directory.Exists(fetcher.Failed) && Directory.EnumerateFiles(fetcher.Failed, "held-claim.txt*").Any());
            await writer.WriteAsync("and finished"u8.ToArray());
        }

        var message = await PublishedAsync("held-claim.txt");

        Assert.Equal("held and finished"u8.ToArray(), message.GetProperty("content").GetBytesFromBase64());
        Assert.False(Directory.Exists(orphan.Folder));
    }

    [Fact]
    public async Task The_same_name_dropped_twice_is_published_twice_and_both_copies_are_kept()
    {
        await File.WriteAllTextAsync(Path.Combine(fetcher.Inbox, "twice.txt"), "first version");
        await PublishedAsync("twice.txt");
        await File.WriteAllTextAsync(Path.Combine(fetcher.Inbox, "twice.txt"), "second version");

        // Delivery is at least once: under load a publish whose confirm came late is sent again, so the test counts
        // the two documents, not the messages.
        await Eventually.TrueAsync(async () =>
        {
            await DrainAsync();
            return _published.Where(m => m.GetProperty("fileName").GetString() == "twice.txt")
                .Select(m => m.GetProperty("documentId").GetString()).Distinct().Count() == 2;
        });

        var copies = ProcessedCopies("twice*.txt").Select(File.ReadAllText).Order().ToList();
        Assert.Equal(["first version", "second version"], copies);
    }

    [Theory]
    [InlineData("name with spaces.txt")]
    [InlineData("ünïcödé – 記事.html")]
    [InlineData("quotes \"double\" and 'single'.txt")]
    [InlineData("-leading-dash.txt")]
    [InlineData("--help")]
    [InlineData("dots..in..name.txt")]
    [InlineData("semi;colon $(echo shell) `tick`.txt")]
    public async Task Odd_file_names_are_published_once_under_their_exact_name(string fileName)
    {
        await File.WriteAllTextAsync(Path.Combine(fetcher.Inbox, fileName), $"A page called {fileName}");

        var message = await PublishedAsync(fileName);

        Assert.Equal($"A page called {fileName}", Encoding.UTF8.GetString(message.GetProperty("content").GetBytesFromBase64()));
        Assert.Single(await ProcessedCopiesAsync(fileName));
    }

    [Fact]
    public async Task A_file_whose_name_uses_all_255_bytes_is_published_under_its_full_name()
    {
        var fileName = "long-" + new string('é', 123) + ".txt";
        Assert.Equal(FileNameLimit.MaxBytes, Encoding.UTF8.GetByteCount(fileName));
        await File.WriteAllTextAsync(Path.Combine(fetcher.Inbox, fileName), "A page with the longest name");

        var message = await PublishedAsync(fileName);

        Assert.Equal("A page with the longest name"u8.ToArray(), message.GetProperty("content").GetBytesFromBase64());
        Assert.Single(await ProcessedCopiesAsync(fileName));
    }

    [Fact]
    public async Task An_empty_file_with_a_255_byte_name_moves_to_failed_beside_a_shortened_error_file()
    {
        var fileName = "empty-" + new string('n', 245) + ".txt";
        await File.WriteAllBytesAsync(Path.Combine(fetcher.Inbox, fileName), []);
        var failedPath = Path.Combine(fetcher.Failed, fileName);
        var errorFile = DocumentFetcher.ErrorFilePath(failedPath);

        await Eventually.TrueAsync(() => Task.FromResult(File.Exists(errorFile)));

        Assert.True(File.Exists(failedPath));
        Assert.Equal(FileNameLimit.MaxBytes, Path.GetFileName(errorFile).Length);
        Assert.EndsWith(".txt.error.txt", errorFile, StringComparison.Ordinal);
        Assert.Contains($"file: {fileName}\n", await File.ReadAllTextAsync(errorFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_built_around_a_long_name_are_shortened_without_splitting_a_character()
    {
        var fileName = new string('é', 130) + ".html";

        var fitted = FileNameLimit.Fit(fileName, reservedBytes: 10);

        Assert.EndsWith(".html", fitted, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(fitted), FileNameLimit.MaxBytes - 11, FileNameLimit.MaxBytes - 10);
        Assert.All(fitted[..^5], c => Assert.Equal('é', c));
        Assert.Equal("short.txt", FileNameLimit.Fit("short.txt", reservedBytes: 10));
    }

    [Theory]
    [InlineData("draft.tmp")]
    [InlineData("download.part")]
    [InlineData("page.html.crdownload")]
    [InlineData(".hidden.txt")]
    [InlineData("notes.txt~")]
    [InlineData(".page.txt.swp")]
    public async Task Temporary_and_hidden_files_are_left_alone(string fileName)
    {
        var path = Path.Combine(fetcher.Inbox, fileName);
        await File.WriteAllTextAsync(path, "still being written");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));

        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.True(File.Exists(path));
        await DrainAsync();
        Assert.DoesNotContain(_published, m => m.GetProperty("fileName").GetString() == fileName);
    }

    [Fact]
    public async Task An_empty_file_moves_to_failed_with_the_reason()
    {
        await File.WriteAllBytesAsync(Path.Combine(fetcher.Inbox, "empty.txt"), []);

        var reason = await FailureReasonAsync("empty.txt");

        Assert.Contains("empty file", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_moves_to_failed_with_the_reason()
    {
        // Written beside the inbox and moved in whole: on a loaded machine, writing a megabyte in the inbox itself can pause
        // longer than the tests' quiet period, and the fetcher then rightly takes the half-written file as complete.
        var written = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(written, new byte[FetcherFixtureBase.MaxFileBytes + 1]);
        File.Move(written, Path.Combine(fetcher.Inbox, "huge.txt"));

        var reason = await FailureReasonAsync("huge.txt");

        Assert.Contains("Fetcher:MaxFileBytes", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_pointing_outside_the_inbox_moves_to_failed_and_its_target_is_untouched()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"outside-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(outside, "secret");
        try
        {
            var link = Path.Combine(fetcher.Inbox, "escape.txt");
            File.CreateSymbolicLink(link, outside);
            File.SetLastWriteTimeUtc(outside, DateTime.UtcNow.AddMinutes(-5));

            var reason = await FailureReasonAsync("escape.txt");

            Assert.Contains("outside the inbox", reason, StringComparison.Ordinal);
            Assert.Equal("secret", await File.ReadAllTextAsync(outside));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task A_file_claimed_by_a_fetcher_that_died_is_published_after_the_claim_timeout()
    {
        Directory.CreateDirectory(fetcher.Processing);
        var claimedAt = DateTimeOffset.UtcNow - FetcherFixtureBase.ClaimTimeout - TimeSpan.FromSeconds(1);
        var orphan = FileClaim.TryTake(
            await WriteOutsideInboxAsync("orphan body"), "orphan.txt", fetcher.Processing, claimedAt);
        Assert.NotNull(orphan);

        var message = await PublishedAsync("orphan.txt");

        Assert.Equal("orphan body"u8.ToArray(), message.GetProperty("content").GetBytesFromBase64());
        Assert.Empty(Directory.GetFiles(fetcher.Processing, "orphan.txt", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_claim_of_a_255_byte_name_taken_over_is_published_under_the_whole_name_and_leaves_no_folder()
    {
        Directory.CreateDirectory(fetcher.Processing);
        var name = "orphan-" + new string('n', 244) + ".txt";
        var claimedAt = DateTimeOffset.UtcNow - FetcherFixtureBase.ClaimTimeout - TimeSpan.FromSeconds(1);
        var orphan = FileClaim.TryTake(await WriteOutsideInboxAsync("long orphan"), name, fetcher.Processing, claimedAt);
        Assert.NotNull(orphan);

        var message = await PublishedAsync(name);

        Assert.Equal("long orphan"u8.ToArray(), message.GetProperty("content").GetBytesFromBase64());
        await Eventually.TrueAsync(() => Task.FromResult(!Directory.Exists(orphan.Folder)));
    }

    [Fact]
    public async Task An_empty_claim_folder_a_crash_left_is_removed_once_stale()
    {
        var stale = (DateTimeOffset.UtcNow - FetcherFixtureBase.ClaimTimeout - TimeSpan.FromSeconds(1)).ToUnixTimeMilliseconds();
        var empty = Directory.CreateDirectory(Path.Combine(fetcher.Processing, $"{stale:D13}.{stale:D13}.00c0ffee")).FullName;

        // Removed, not taken over into another empty folder under a new name.
        await Eventually.TrueAsync(() => Task.FromResult(!Directory.Exists(empty)));
        Assert.DoesNotContain(Directory.EnumerateDirectories(fetcher.Processing), folder => !Directory.EnumerateFileSystemEntries(folder).Any());
    }

    [Fact]
    public async Task A_taken_over_claim_is_published_with_the_time_the_file_was_first_taken()
    {
        // The dead fetcher may have published the file already: the same fetch time makes the second publish the
        // same drop to storage (document_sources is keyed by document, file name and fetch time), not a second one.
        Directory.CreateDirectory(fetcher.Processing);
        var firstTaken = DateTimeOffset.UtcNow - FetcherFixtureBase.ClaimTimeout - TimeSpan.FromMinutes(3);
        var claimedAgain = DateTimeOffset.UtcNow - FetcherFixtureBase.ClaimTimeout - TimeSpan.FromSeconds(1);
        var orphan = FileClaim.TryTake(
            await WriteOutsideInboxAsync("taken twice"), "taken-twice.txt", fetcher.Processing, claimedAgain, firstTaken);
        Assert.NotNull(orphan);

        var message = await PublishedAsync("taken-twice.txt");

        Assert.Equal(
            DateTimeOffset.FromUnixTimeMilliseconds(firstTaken.ToUnixTimeMilliseconds()),
            message.GetProperty("fetchedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_fresh_claim_of_a_live_fetcher_is_not_taken_over()
    {
        Directory.CreateDirectory(fetcher.Processing);
        var claim = FileClaim.TryTake(
            await WriteOutsideInboxAsync("in flight"), "in-flight.txt", fetcher.Processing, DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.NotNull(claim);

        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.True(File.Exists(claim.Path));
        File.Delete(claim.Path);
        claim.Release();
    }

    private static async Task<string> WriteOutsideInboxAsync(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"claim-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    /// <summary>The archived copies, once the first is there: the fetcher moves a file only after RabbitMQ confirmed its message.</summary>
    private async Task<List<string>> ProcessedCopiesAsync(string pattern)
    {
        await Eventually.TrueAsync(() => Task.FromResult(ProcessedCopies(pattern).Any()));
        return [.. ProcessedCopies(pattern)];
    }

    private IEnumerable<string> ProcessedCopies(string pattern) =>
        Directory.Exists(fetcher.Processed)
            ? Directory.EnumerateFiles(fetcher.Processed, pattern, SearchOption.AllDirectories)
            : [];

    private async Task<JsonElement> PublishedAsync(string fileName)
    {
        JsonElement message = default;
        await Eventually.TrueAsync(async () =>
        {
            await DrainAsync();
            message = _published.FirstOrDefault(m => m.GetProperty("fileName").GetString() == fileName);
            return message.ValueKind == JsonValueKind.Object;
        });
        return message;
    }

    private async Task<string> FailureReasonAsync(string fileName)
    {
        var errorFile = Path.Combine(fetcher.Failed, fileName + ".error.txt");
        await Eventually.TrueAsync(() => Task.FromResult(File.Exists(errorFile)));
        Assert.True(File.Exists(Path.Combine(fetcher.Failed, fileName)) || new FileInfo(Path.Combine(fetcher.Failed, fileName)).LinkTarget is not null);
        await DrainAsync();
        Assert.DoesNotContain(_published, m => m.GetProperty("fileName").GetString() == fileName);
        return await File.ReadAllTextAsync(errorFile);
    }

    /// <summary>Messages of all tests share the queue: whatever is taken is kept, and each test looks for its own names.</summary>
    private async Task DrainAsync()
    {
        var taken = await QueueReader.TakeAllAsync(fetcher.Broker, IngestionQueues.Parser);
        lock (SharedPublished)
        {
            SharedPublished.AddRange(taken);
            _published.Clear();
            _published.AddRange(SharedPublished);
        }
    }

    private static readonly List<JsonElement> SharedPublished = [];
}
