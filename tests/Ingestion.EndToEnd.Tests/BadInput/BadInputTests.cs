using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Dapper;
using Ingestion.Hosting;
using Ingestion.Testing;
using Npgsql;
using Xunit;
using Xunit.Abstractions;
using static Ingestion.EndToEnd.Tests.BadInput.ExpectedOutcome;

namespace Ingestion.EndToEnd.Tests.BadInput;

/// <summary>
/// Issue 8's promise, through the whole pipeline on the real RabbitMQ and PostgreSQL: every dropped file is either
/// stored or visibly rejected with a reason, nothing is stored twice, and the services stay up for the files
/// around it.
/// </summary>
public sealed class BadInputTests(PipelineFixture pipeline, ITestOutputHelper output) : IClassFixture<PipelineFixture>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _outside = Directory.CreateTempSubdirectory("ingestion-outside-");

    [Fact]
    public async Task Every_bad_file_gets_its_documented_outcome_and_the_normal_pages_around_it_are_stored()
    {
        // The slow writers below pause for a tenth of a second between writes; twice the production quiet period
        // leaves room for a test machine so busy that a pause stretches past a second.
        await pipeline.StartFetcherAsync(new Dictionary<string, string?> { ["Fetcher:QuietPeriod"] = "00:00:02" });
        await pipeline.StartParserAsync();
        await pipeline.StartStorageAsync();

        var secret = Path.Combine(_outside.FullName, "secret.txt");
        await File.WriteAllTextAsync(secret, "outside the inbox");
        var corpus = BadInputCorpus.Create(_outside.FullName);
        var normal = NormalPages();
        var all = normal.Concat(corpus).ToList();
        Assert.Equal(all.Count, all.Select(kind => kind.FileName).Distinct().Count());

        await Task.WhenAll(all.Select(kind => kind.DropAsync(Path.Combine(pipeline.InboxPath, kind.FileName))));

        await using var dataSource = NpgsqlDataSource.Create(pipeline.Database.ConnectionString);
        var clock = Stopwatch.StartNew();
        var seen = await WaitForVisibleOutcomesAsync(dataSource, all);
        output.WriteLine($"{all.Count} files resolved in {clock.Elapsed.TotalSeconds:F1} s");

        // Still up: a page dropped after the corpus goes all the way through.
        var after = new BadInputKind("normal page after the corpus", "after.txt", new Stored(Title: "Still running"),
            path => BadInputCorpus.WriteAtOnceAsync(path, Encoding.UTF8.GetBytes(BadInputCorpus.Page("Still running", "Dropped once every bad file had its outcome"))));
        await after.DropAsync(Path.Combine(pipeline.InboxPath, after.FileName));
        seen = await WaitForVisibleOutcomesAsync(dataSource, [after]);

        foreach (var kind in all.Append(after))
        {
            AssertOutcome(kind, seen);
        }

        Assert.Equal("outside the inbox", await File.ReadAllTextAsync(secret));
        var twins = seen.Sources.Where(s => s.FileName.StartsWith("twin-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, twins.Count);
        Assert.Single(twins.Select(s => s.DocumentId).Distinct());
        var appended = seen.Sources.Single(s => s.FileName == "appended.txt");
        Assert.Equal(BadInputCorpus.SlowlyWrittenParts.Sum(part => part.Length), appended.SizeBytes);

        foreach (var queue in new[] { IngestionQueues.Parser, IngestionQueues.Storage, IngestionQueues.Rejects })
        {
            var errors = await pipeline.Broker.GetQueueAsync(queue + "_error");
            Assert.True(errors is null || errors.Messages == 0, $"{queue}_error holds {errors?.Messages} messages");
        }
    }

    private static List<BadInputKind> NormalPages()
    {
        var pages = Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot, "samples"), "*.txt")
            .Select(sample => new BadInputKind("normal sample", "normal-" + Path.GetFileName(sample), new Stored(Title: ExpectedTitle(sample)),
                async path => await BadInputCorpus.WriteAtOnceAsync(path, await File.ReadAllBytesAsync(sample))))
            .ToList();
        var synthetic = new SyntheticDocuments(seed: 8);
        for (var i = 1; i <= 3; i++)
        {
            var content = synthetic.Content();
            pages.Add(new("normal page", $"normal-{i}.html", new Stored(BodyContains: " "), path => BadInputCorpus.WriteAtOnceAsync(path, content)));
        }

        return pages;
    }

    /// <summary>Waits until every file that should be stored, rejected or failed is; names those still missing when it gives up.</summary>
    private async Task<Seen> WaitForVisibleOutcomesAsync(NpgsqlDataSource dataSource, IReadOnlyList<BadInputKind> kinds)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var seen = await ReadSeenAsync(dataSource);
            var pending = kinds.Where(kind => kind.Expected switch
            {
                Stored => !seen.Sources.Any(s => s.FileName == kind.FileName),
                Rejected => !seen.Rejects.Any(r => r.FileName == kind.FileName),
                Failed failed => !File.Exists(ErrorFile(failed.FailedName ?? kind.FileName)),
                _ => false,
            }).ToList();
            if (pending.Count == 0)
            {
                return seen;
            }

            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"After {Patience} these still had no outcome:\n{string.Join("\n", pending.Select(kind => Describe(kind, seen)))}");
            }

            await Task.Delay(250);
        }
    }

    private void AssertOutcome(BadInputKind kind, Seen seen)
    {
        var sources = seen.Sources.Where(s => s.FileName == kind.FileName).ToList();
        var rejects = seen.Rejects.Where(r => r.FileName == kind.FileName).ToList();
        var because = kind.ToString();
        switch (kind.Expected)
        {
            case Stored stored:
                var source = Assert.Single(sources);
                Assert.Empty(rejects);
                Assert.True(ProcessedCopy(kind.FileName) is not null, $"{because}: not in processed/");
                if (stored.Title is not null)
                {
                    Assert.True(stored.Title == source.Title, $"{because}: title {Quote(source.Title)}, expected {Quote(stored.Title)}");
                }

                if (stored.BodyContains is not null)
                {
                    Assert.True(source.Body?.Contains(stored.BodyContains, StringComparison.Ordinal) == true,
                        $"{because}: body {Quote(source.Body?[..Math.Min(source.Body.Length, 300)])} lacks {Quote(stored.BodyContains)}");
                }

                if (stored.Comments is { } comments)
                {
                    Assert.True(comments == source.Comments, $"{because}: {source.Comments} comments, expected {comments}");
                }

                break;

            case Rejected rejected:
                Assert.Empty(sources);
                var reject = Assert.Single(rejects);
                Assert.True(reject.Reason.Contains(rejected.Reason, StringComparison.Ordinal), $"{because}: rejected for {Quote(reject.Reason)}");
                break;

            case Failed failed:
                Assert.Empty(sources);
                Assert.Empty(rejects);
                var failedName = failed.FailedName ?? kind.FileName;
                Assert.True(Path.Exists(Path.Combine(FailedFolder, failedName)) || IsLink(Path.Combine(FailedFolder, failedName)), $"{because}: not in failed/");
                var error = File.ReadAllText(ErrorFile(failedName));
                Assert.True(error.Contains(failed.Reason, StringComparison.Ordinal), $"{because}: failed for {Quote(error)}");
                break;

            case LeftAlone:
                Assert.Empty(sources);
                Assert.Empty(rejects);
                Assert.True(Path.Exists(Path.Combine(pipeline.InboxPath, kind.FileName)), $"{because}: no longer where it was dropped");
                break;

            case Gone:
                Assert.Empty(sources);
                Assert.Empty(rejects);
                Assert.Null(ProcessedCopy(kind.FileName));
                Assert.False(Path.Exists(Path.Combine(FailedFolder, kind.FileName)), $"{because}: in failed/");
                break;
        }

        output.WriteLine($"{because}: {kind.Expected}");
    }

    /// <summary>What became of a file instead, for the failure message.</summary>
    private string Describe(BadInputKind kind, Seen seen)
    {
        var stored = seen.Sources.Where(s => s.FileName == kind.FileName).Select(s => $"stored with title {Quote(s.Title)} and {s.Comments} comments");
        var rejected = seen.Rejects.Where(r => r.FileName == kind.FileName).Select(r => $"rejected at {r.Stage}: {Quote(r.Reason)}");
        var where = new[]
        {
            Path.Exists(Path.Combine(pipeline.InboxPath, kind.FileName)) ? "still in the inbox" : null,
            ProcessedCopy(kind.FileName) is not null ? "in processed/" : null,
            File.Exists(ErrorFile(kind.FileName)) ? $"in failed/: {Quote(File.ReadAllText(ErrorFile(kind.FileName)))}" : null,
        }.OfType<string>();
        return $"{kind}, expected {kind.Expected}: {string.Join("; ", stored.Concat(rejected).Concat(where).DefaultIfEmpty("nowhere"))}";
    }

    private string FailedFolder => Path.Combine(pipeline.InboxPath, "failed");

    private string ErrorFile(string failedName) => Path.Combine(FailedFolder, failedName + ".error.txt");

    private string? ProcessedCopy(string fileName)
    {
        var processed = Path.Combine(pipeline.InboxPath, "processed");
        return Directory.Exists(processed)
            ? Directory.EnumerateFiles(processed, "*", SearchOption.AllDirectories).FirstOrDefault(path => Path.GetFileName(path) == fileName)
            : null;
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static string Quote(string? text) => text is null ? "null" : JsonSerializer.Serialize(text);

    private static async Task<Seen> ReadSeenAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var sources = await connection.QueryAsync<SourceRow>("""
            SELECT s.file_name AS FileName, s.document_id AS DocumentId, d.size_bytes AS SizeBytes, a.title, a.body,
                   (SELECT count(*)::int FROM comments c WHERE c.document_id = s.document_id) AS comments
              FROM document_sources s
              JOIN documents d ON d.id = s.document_id
              LEFT JOIN articles a ON a.document_id = s.document_id
            """);
        var rejects = await connection.QueryAsync<RejectRow>("SELECT file_name AS FileName, stage, reason FROM rejects");
        return new Seen(sources.ToList(), rejects.ToList());
    }

    private static string ExpectedTitle(string sample)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(sample, ".expected.json")));
        return expected.RootElement.GetProperty("title").GetString()!;
    }

    public void Dispose()
    {
        pipeline.WriteLogTo(output);
        _outside.Delete(recursive: true);
    }

    private sealed record Seen(List<SourceRow> Sources, List<RejectRow> Rejects);

    private sealed record SourceRow(string FileName, string DocumentId, long SizeBytes, string? Title, string? Body, int Comments);

    private sealed record RejectRow(string FileName, string Stage, string Reason);
}
