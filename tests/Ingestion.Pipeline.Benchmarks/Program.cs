using System.CommandLine;
using System.Globalization;
using Ingestion.Pipeline.Benchmarks;

var documents = new Option<int>("--documents") { Description = "Pages measured in each run.", DefaultValueFactory = _ => 10_000 };
// The services keep tiering their code up for thousands of messages after start (docs/benchmark.md, "Warm-up").
var warmUp = new Option<int>("--warm-up") { Description = "Pages sent through first in each run, not measured.", DefaultValueFactory = _ => 5000 };
var html = new Option<double>("--html") { Description = "Fraction of pages that are HTML (the rest plain text).", DefaultValueFactory = _ => 0.4 };
var rate = new Option<double?>("--rate") { Description = "Drop this many pages per second, evenly (default: all at once)." };
var tracing = new Option<string>("--tracing") { Description = "on, off or both.", DefaultValueFactory = _ => "both" };
tracing.AcceptOnlyFromAmong("on", "off", "both");
var ceiling = new Option<int>("--ceiling-documents") { Description = "Pages the RabbitMQ and COPY ceilings are measured on; 0 skips them.", DefaultValueFactory = _ => 10_000 };
var quietPeriod = new Option<TimeSpan>("--quiet-period") { Description = "Fetcher:QuietPeriod for the services.", DefaultValueFactory = _ => TimeSpan.Zero };
var set = new Option<string[]>("--set") { Description = "A further service setting, Section__Key=value (repeatable).", DefaultValueFactory = _ => [] };
var output = new Option<string>("--output") { Description = "Where the JSON result goes.", DefaultValueFactory = _ => "bench-result.json" };
var samples = new Option<string?>("--samples") { Description = "Write per-second RSS and queue depths to this CSV ({tracing} is replaced by on/off)." };
var root = new RootCommand("End-to-end throughput and latency of the three services, against RabbitMQ's and PostgreSQL's own ceilings.")
{
    documents, warmUp, html, rate, tracing, ceiling, quietPeriod, set, output, samples,
};
root.SetAction(async (parseResult, cancellationToken) =>
{
    var extra = parseResult.GetValue(set)!.Select(s => s.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "", StringComparer.Ordinal);
    string[] chosenTracing = parseResult.GetValue(tracing) == "both" ? ["on", "off"] : [parseResult.GetValue(tracing)!];
    var settings = new BenchSettings(
        parseResult.GetValue(documents),
        parseResult.GetValue(warmUp),
        parseResult.GetValue(html),
        parseResult.GetValue(rate),
        chosenTracing,
        Math.Min(parseResult.GetValue(ceiling), parseResult.GetValue(documents)),
        parseResult.GetValue(quietPeriod),
        extra,
        Path.GetFullPath(parseResult.GetValue(output)!),
        parseResult.GetValue(samples) is { } path ? Path.GetFullPath(path) : null);
    return await new Benchmark(settings).RunAsync(cancellationToken);
});
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
return await root.Parse(args).InvokeAsync();
