using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>One service's cost over the measured part of a run.</summary>
internal sealed record ServiceFigures(double CpuS, double CpuMsPerDoc, double PeakRssMb, double RssFirstMb, double RssLastMb);

/// <summary>What the OTLP sink received during a run with tracing on: evidence that exporting really happened.</summary>
internal sealed record OtlpFigures(long TraceRequests, long TraceBytes, long MetricBytes, long LogBytes);

/// <summary>The infrastructure's own rates for the same messages and rows.</summary>
internal sealed record CeilingFigures(
    int Documents,
    double RabbitmqDocsPerS,
    double PostgresDocsPerS,
    int FetchedMessageBytes,
    int ParsedMessageBytes,
    double ParseMsPerDoc,
    double[] LoadAverage);

/// <summary>One run of the pipeline, tracing on or off.</summary>
internal sealed record RunResult(
    string Tracing,
    int Documents,
    int Completed,
    int Rejected,
    int Missing,
    double? DropRate,
    double ElapsedS,
    double DocsPerS,
    double CommentsPerS,
    double CeilingDocsPerS,
    double Ratio,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    IReadOnlyDictionary<string, ServiceFigures> Services,
    double PostgresCpuS,
    double? RabbitmqCpuS,
    IReadOnlyDictionary<string, int> MaxQueueDepth,
    OtlpFigures? Otlp,
    double[] LoadAverage);

internal static class BenchResult
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>The tracing-on run's figures at the top level (the first run when tracing was off only), every run under <c>runs</c>.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<RunResult> runs, CeilingFigures? ceiling, CancellationToken cancellationToken)
    {
        var primary = runs.FirstOrDefault(r => r.Tracing == "on") ?? runs[0];
        var result = JsonSerializer.SerializeToNode(primary, Json)!.AsObject();
        result["ceiling"] = ceiling is null ? null : JsonSerializer.SerializeToNode(ceiling, Json);
        result["runs"] = new JsonArray(runs.Select(r => JsonSerializer.SerializeToNode(r, Json)).ToArray());
        await File.WriteAllTextAsync(path, result.ToJsonString(Json), cancellationToken);
    }

    public static void PrintTable(IReadOnlyList<RunResult> runs, CeilingFigures? ceiling)
    {
        if (ceiling is not null)
        {
            Console.WriteLine();
            Console.WriteLine(
                $"ceiling over {ceiling.Documents} documents (messages {ceiling.FetchedMessageBytes / 1024.0:F1} KiB + {ceiling.ParsedMessageBytes / 1024.0:F1} KiB on average): " +
                $"RabbitMQ two hops {ceiling.RabbitmqDocsPerS:F0} documents/s, PostgreSQL COPY {ceiling.PostgresDocsPerS:F0} documents/s " +
                $"(load {string.Join(' ', ceiling.LoadAverage)}); the parser library alone: {ceiling.ParseMsPerDoc:F2} ms CPU per page");
        }

        Console.WriteLine();
        Console.WriteLine(
            "| tracing | documents | docs/s | comments/s | ratio | p50 ms | p95 ms | p99 ms | CPU ms/doc: fetcher, parser, storage, postgres, rabbitmq | " +
            "fetcher cpu s / peak MB | parser cpu s / peak MB | storage cpu s / peak MB | max queue parser / storage | load |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var run in runs)
        {
            string PerDocument(double cpuS) => $"{cpuS * 1000 / Math.Max(1, run.Completed):F2}";
            string Service(string name) => $"{run.Services[name].CpuS:F1} / {run.Services[name].PeakRssMb:F0}";
            Console.WriteLine(
                $"| {run.Tracing} | {run.Completed}{(run.Missing > 0 ? $" ({run.Missing} missing)" : "")} | {run.DocsPerS:F0} | {run.CommentsPerS:F0} | " +
                $"{run.Ratio:F2} | {run.P50Ms:F0} | {run.P95Ms:F0} | {run.P99Ms:F0} | " +
                $"{run.Services["fetcher"].CpuMsPerDoc:F2}, {run.Services["parser"].CpuMsPerDoc:F2}, {run.Services["storage"].CpuMsPerDoc:F2}, " +
                $"{PerDocument(run.PostgresCpuS)}, {(run.RabbitmqCpuS is { } rabbitMq ? PerDocument(rabbitMq) : "-")} | {Service("fetcher")} | {Service("parser")} | {Service("storage")} | " +
                $"{run.MaxQueueDepth["parser"]} / {run.MaxQueueDepth["storage"]} | {string.Join(' ', run.LoadAverage)} |");
        }

        foreach (var run in runs.Where(r => r.Otlp is not null))
        {
            Console.WriteLine(
                $"tracing {run.Tracing}: the OTLP sink received {run.Otlp!.TraceRequests} trace exports ({run.Otlp.TraceBytes / 1024.0 / 1024.0:F1} MiB), " +
                $"{run.Otlp.MetricBytes / 1024.0:F0} KiB of metrics, {run.Otlp.LogBytes / 1024.0 / 1024.0:F1} MiB of logs");
        }
    }
}
