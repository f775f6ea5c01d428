using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Ingestion.Hosting;
using Ingestion.Testing;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Ingestion.EndToEnd.Tests;

public sealed class PipelineTests(PipelineFixture pipeline, ITestOutputHelper output) : IClassFixture<PipelineFixture>, IDisposable
{
    private static readonly string[] SampleFiles = Directory
        .GetFiles(Path.Combine(TestEnvironment.RepositoryRoot, "samples"), "*.txt")
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public async Task Samples_dropped_before_the_parser_starts_are_stored_with_their_titles_as_one_trace_per_file()
    {
        Assert.NotEmpty(SampleFiles);

        // The fetcher alone publishes first: RabbitMQ would drop these if the parser's queue were not bound yet.
        await pipeline.StartFetcherAsync();
        foreach (var sample in SampleFiles)
        {
            File.Copy(sample, Path.Combine(pipeline.InboxPath, Path.GetFileName(sample)));
        }

        var processed = Path.Combine(pipeline.InboxPath, "processed");
        // processed/ appears with the first file moved there.
        await Eventually.TrueAsync(() => Task.FromResult(Directory.Exists(processed) && SampleFiles.All(sample =>
            Directory.EnumerateFiles(processed, Path.GetFileName(sample), SearchOption.AllDirectories).Any())));

        await pipeline.StartParserAsync();
        await pipeline.StartStorageAsync();

        await using var dataSource = NpgsqlDataSource.Create(pipeline.Database.ConnectionString);
        var stored = await Eventually.ValueAsync(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            var rows = (await connection.QueryAsync<(string FileName, string? Title, string DocumentId)>("""
                SELECT s.file_name, a.title, d.id
                  FROM documents d
                  JOIN document_sources s ON s.document_id = d.id
                  JOIN articles a ON a.document_id = d.id
                """)).ToList();
            return rows.Count >= SampleFiles.Length ? rows : null;
        });

        Assert.Equal(SampleFiles.Length, stored.Count);
        foreach (var sample in SampleFiles)
        {
            var row = Assert.Single(stored, r => r.FileName == Path.GetFileName(sample));
            Assert.Equal(ExpectedTitle(sample), row.Title);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(sample))), row.DocumentId);
            await AssertOneTraceAsync(Path.GetFileName(sample), row.DocumentId);
        }
    }

    /// <summary>
    /// fetch file → publish → parser receive → parse document → publish → storage receive → store document, all in
    /// one trace; storage writes in batches, so the SQL statements hang under a "store documents" span that the
    /// document's store span links to.
    /// </summary>
    private async Task AssertOneTraceAsync(string fileName, string documentId)
    {
        var (spans, all) = await Eventually.ValueAsync(() =>
        {
            lock (pipeline.Spans)
            {
                var all = pipeline.Spans.ToDictionary(s => s.SpanId);
                var root = all.Values.SingleOrDefault(s => s.DisplayName == "fetch file" && Tag(s, "file.name") == fileName);
                var trace = all.Values.Where(s => root is not null && s.TraceId == root.TraceId).ToList();
                // A span is recorded when it ends, and a receive span ends after its consumer: wait for the whole chain.
                var store = trace.SingleOrDefault(s => s.DisplayName == "store document");
                var batch = store?.Links.Select(link => all.GetValueOrDefault(link.Context.SpanId)).FirstOrDefault();
                var complete = store is not null && Ancestors(store, all).Contains(root)
                    && batch is not null && all.Values.Any(s => s.Source.Name == "Npgsql" && Ancestors(s, all).Contains(batch));
                return Task.FromResult(complete ? new RecordedTrace(trace, all) : null);
            }
        });

        var fetch = Assert.Single(spans, s => s.DisplayName == "fetch file");
        Assert.Equal(default, fetch.ParentSpanId);
        Assert.Equal(documentId, Tag(fetch, "document.id"));

        var parse = Assert.Single(spans, s => s.DisplayName == "parse document");
        Assert.Equal(documentId, Tag(parse, "document.id"));
        var store = Assert.Single(spans, s => s.DisplayName == "store document");
        Assert.Equal(documentId, Tag(store, "document.id"));

        // Each stage hangs under the one before it, through MassTransit's send and consume spans over RabbitMQ.
        var parserReceive = Assert.Single(Ancestors(parse, all), s => s.DisplayName == $"{IngestionQueues.Parser} receive");
        Assert.Equal(ActivityKind.Consumer, parserReceive.Kind);
        Assert.Contains(fetch, Ancestors(parserReceive, all));
        var storageReceive = Assert.Single(Ancestors(store, all), s => s.DisplayName == $"{IngestionQueues.Storage} receive");
        Assert.Equal(ActivityKind.Consumer, storageReceive.Kind);
        Assert.Contains(parserReceive, Ancestors(storageReceive, all));

        var batch = Assert.Single(store.Links.Select(link => all[link.Context.SpanId]));
        Assert.Equal("store documents", batch.DisplayName);
        Assert.Contains(batch.Links, link => link.Context.SpanId == storageReceive.SpanId || link.Context.TraceId == fetch.TraceId);
        Assert.Contains(all.Values, s => s.Source.Name == "Npgsql" && Ancestors(s, all).Contains(batch));
    }

    private static IEnumerable<Activity> Ancestors(Activity span, Dictionary<ActivitySpanId, Activity> byId)
    {
        for (var current = span; byId.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            yield return parent;
        }
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    private static string ExpectedTitle(string sample)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(sample, ".expected.json")));
        return expected.RootElement.GetProperty("title").GetString()!;
    }


    /// <summary>One file's trace, and every span recorded (batch spans live in traces of their own).</summary>
    private sealed record RecordedTrace(List<Activity> Spans, Dictionary<ActivitySpanId, Activity> All);

    public void Dispose() => pipeline.WriteLogTo(output);
}
