using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dapper;
using Ingestion.Parser;
using Ingestion.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Ingestion.EndToEnd.Tests;

public sealed class RejectionTests(PipelineFixture pipeline, ITestOutputHelper output) : IClassFixture<PipelineFixture>, IDisposable
{
    [Fact]
    public async Task A_page_with_no_article_is_recorded_in_rejects_with_an_error_span_and_an_error_metric()
    {
        await pipeline.StartStorageAsync();
        var parser = await pipeline.StartParserAsync();
        // This parser's meter only: other test classes' parsers in this process reject pages of their own.
        using var rejected = new CounterTotal(ParserTelemetry.Name, "ingestion.parser.documents.rejected", parser.GetRequiredService<IMeterFactory>());
        await pipeline.StartFetcherAsync();
        await File.WriteAllTextAsync(Path.Combine(pipeline.InboxPath, "blank page.txt"), " \n\n\t \n");

        await using var dataSource = NpgsqlDataSource.Create(pipeline.Database.ConnectionString);
        var reject = await Eventually.ValueAsync(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            return await connection.QuerySingleOrDefaultAsync<RejectRow>(
                "SELECT stage, reason FROM rejects WHERE file_name = 'blank page.txt'");
        });

        Assert.Equal("parse", reject.Stage);
        Assert.Contains("no article", reject.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await dataSource.CreateCommand("SELECT count(*) FROM articles").ExecuteScalarAsync() is long articles ? articles : -1);

        // The parser's span ends after its publish returns, which can be after storage recorded the reject.
        var parse = await Eventually.ValueAsync(() =>
        {
            lock (pipeline.Spans)
            {
                return Task.FromResult(pipeline.Spans.SingleOrDefault(s => s.DisplayName == "parse document" && (string?)s.GetTagItem("file.name") == "blank page.txt"));
            }
        });
        Assert.Equal(ActivityStatusCode.Error, parse.Status);

        Assert.Equal(1, rejected.Total);
    }

    private sealed record RejectRow(string Stage, string Reason);

    public void Dispose() => pipeline.WriteLogTo(output);
}
