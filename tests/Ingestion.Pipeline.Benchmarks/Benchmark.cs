using Ingestion.Contracts;
using Ingestion.Parser.Core;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>The ceilings once, then one pipeline run per tracing mode; the table on stdout and the JSON file.</summary>
internal sealed class Benchmark(BenchSettings settings)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"[bench] pages: {new PageGenerator(settings.HtmlShare, PageGenerator.MeasuredSeed).Describe()}");
        var ceiling = settings.CeilingDocuments > 0 ? await MeasureCeilingAsync(cancellationToken) : null;
        var ceilingRate = ceiling is null ? 0 : Math.Min(ceiling.RabbitmqDocsPerS, ceiling.PostgresDocsPerS);

        var runs = new List<RunResult>();
        foreach (var tracing in settings.Tracing)
        {
            var run = await new PipelineRun(settings, tracing, ceilingRate).RunAsync(cancellationToken);
            runs.Add(run);
            BenchResult.PrintTable([run], null);
        }

        BenchResult.PrintTable(runs, ceiling);
        await BenchResult.WriteAsync(settings.OutputPath, runs, ceiling, cancellationToken);
        Console.WriteLine($"[bench] wrote {settings.OutputPath}");
        return runs.Any(r => r.Missing > 0) ? 1 : 0;
    }

    /// <summary>The same pages as the measured run (same generator and seed), parsed in-process into the pipeline's messages.</summary>
    private async Task<CeilingFigures> MeasureCeilingAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"[bench] ceiling: parsing {settings.CeilingDocuments} pages into the pipeline's messages");
        var generator = new PageGenerator(settings.HtmlShare, PageGenerator.MeasuredSeed);
        var pages = Enumerable.Range(0, settings.CeilingDocuments).Select(_ => generator.Next()).ToList();
        // The parser library alone on these pages, on one thread: what the parser service's CPU per document compares with.
        // A first untimed pass lets the JIT compile the parser's hot paths fully, as in a service that has been running.
        static void ParseAll(IEnumerable<(string FileName, byte[] Content)> pages)
        {
            foreach (var (fileName, content) in pages)
            {
                _ = PageParser.Parse(content, fileName, fileName.EndsWith(".html", StringComparison.Ordinal) ? "text/html" : "text/plain");
            }
        }

        ParseAll(pages.Take(1_000));
        var parseStarted = ProcessMeter.ThreadCpuSeconds();
        ParseAll(pages);

        var parseMsPerDoc = (ProcessMeter.ThreadCpuSeconds() - parseStarted) * 1000 / pages.Count;
        var messages = pages
            .Select(page => PipelineMessages.Of(page.FileName, page.Content))
            .OfType<PipelineMessages>()
            .ToList();
        var warmUp = new PageGenerator(settings.HtmlShare, PageGenerator.WarmUpSeed);
        var warmUpParsed = Enumerable.Range(0, Math.Min(1_000, settings.CeilingDocuments))
            .Select(_ => warmUp.Next())
            .Select(page => PipelineMessages.Of(page.FileName, page.Content))
            .OfType<PipelineMessages>()
            .Select(m => m.Parsed)
            .ToList();

        Console.WriteLine($"[bench] ceiling: RabbitMQ, {messages.Count} messages through two hops");
        var rabbit = await RabbitMqCeiling.DocumentsPerSecondAsync(messages, cancellationToken);
        Console.WriteLine($"[bench] ceiling: RabbitMQ {rabbit:F0} documents/s; PostgreSQL COPY of the same rows");
        List<DocumentParsed> parsed = [.. messages.Select(m => m.Parsed)];
        var postgres = await CopyCeiling.DocumentsPerSecondAsync(warmUpParsed, parsed, cancellationToken);
        Console.WriteLine($"[bench] ceiling: PostgreSQL {postgres:F0} documents/s");
        return new CeilingFigures(
            messages.Count,
            Math.Round(rabbit, 1),
            Math.Round(postgres, 1),
            (int)messages.Average(m => m.FetchedBody.Length),
            (int)messages.Average(m => m.ParsedBody.Length),
            Math.Round(parseMsPerDoc, 3),
            ProcessMeter.LoadAverage());
    }
}
