using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dapper;
using Ingestion.Parser;
using Npgsql;
using Xunit;

namespace Ingestion.EndToEnd.Tests;

public sealed class RejectionTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    [Fact]
    public async Task A_page_with_no_article_is_recorded_in_rejects_with_an_error_span_and_an_error_metric()
    {
        long rejectedCount = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meterListener) =>
            {
                if (instrument.Meter.Name == ParserTelemetry.Name && instrument.Name == "ingestion.parser.documents.rejected")
                {
                    meterListener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref rejectedCount, measurement));
        listener.Start();

        await pipeline.StartStorageAsync();
        await pipeline.StartParserAsync();
        await pipeline.StartFetcherAsync();
        await File.WriteAllTextAsync(Path.Combine(pipeline.InboxPath, "blank page.txt"), " \n\n\t \n");

        await using var dataSource = NpgsqlDataSource.Create(pipeline.Database.ConnectionString);
        var reject = await Eventually(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            return await connection.QuerySingleOrDefaultAsync<(string Stage, string Reason)?>(
                "SELECT stage, reason FROM rejects WHERE file_name = 'blank page.txt'");
        });

        Assert.Equal("parse", reject.Stage);
        Assert.Contains("no article", reject.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await dataSource.CreateCommand("SELECT count(*) FROM articles").ExecuteScalarAsync() is long articles ? articles : -1);

        lock (pipeline.Spans)
        {
            var parse = Assert.Single(pipeline.Spans, s => s.DisplayName == "parse document" && (string?)s.GetTagItem("file.name") == "blank page.txt");
            Assert.Equal(ActivityStatusCode.Error, parse.Status);
        }

        Assert.Equal(1, Interlocked.Read(ref rejectedCount));
    }

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe)
        where T : struct
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } result)
            {
                return result;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "Gave up after 60 s.");
            await Task.Delay(100);
        }
    }
}
