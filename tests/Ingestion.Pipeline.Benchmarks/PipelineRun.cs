using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Ingestion.Hosting;
using Ingestion.Storage.Benchmarks;
using Ingestion.Testing;
using Npgsql;

namespace Ingestion.Pipeline.Benchmarks;

/// <summary>
/// One run: a fresh database, virtual host and inbox; the three services as separate processes from their Release
/// output; warm-up pages, then the measured pages renamed into the inbox (all at once, or at a steady rate); every
/// commit timed; each service's CPU and memory read from /proc.
/// </summary>
internal sealed class PipelineRun(BenchSettings settings, string tracing, double ceilingDocsPerS)
{
    private static readonly string[] ServiceNames = ["storage", "parser", "fetcher"];

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ingestion-bench-");
        var staging = Directory.CreateDirectory(Path.Combine(folder.FullName, "staging")).FullName;
        var inbox = Directory.CreateDirectory(Path.Combine(folder.FullName, "inbox")).FullName;
        var database = new PostgresDatabase();
        var virtualHost = new RabbitMqVirtualHost();
        await database.InitializeAsync();
        await virtualHost.InitializeAsync();
        var services = new List<ServiceProcess>();
        OtlpSink? sink = null;
        CommitListener? listener = null;
        try
        {
            Console.WriteLine($"[bench] tracing {tracing}: writing {settings.WarmUp} warm-up and {settings.Documents} measured pages to {staging}");
            var warmUp = Stage(staging, settings.WarmUp, PageGenerator.WarmUpSeed);
            var measured = Stage(staging, settings.Documents, PageGenerator.MeasuredSeed);

            if (tracing == "on")
            {
                sink = await OtlpSink.StartAsync(cancellationToken);
            }

            foreach (var name in ServiceNames)
            {
                var project = $"Ingestion.{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name)}";
                var output = Path.Combine(TestEnvironment.RepositoryRoot, "services", project, "bin", "Release", "net10.0");
                var service = ServiceProcess.Start(name, project, output, Path.Combine(folder.FullName, $"{name}.log"), Settings(database, virtualHost, inbox, sink));
                services.Add(service);
                // Storage first: it migrates the schema, which the commit listener's triggers need.
                await service.WaitUntilReadyAsync(TimeSpan.FromMinutes(2), cancellationToken);
                if (name == "storage")
                {
                    listener = await CommitListener.StartAsync(database.ConnectionString, cancellationToken);
                }
            }

            Console.WriteLine($"[bench] services up ({string.Join(", ", services.Select(s => $"{s.Name} pid {s.Id}"))}; logs in {folder.FullName}); warming up");
            await DropAsync(staging, inbox, warmUp, rate: null, cancellationToken);
            var warmMissing = await listener!.WaitForAsync(warmUp.Select(p => p.Id).ToList(), TimeSpan.FromSeconds(120), cancellationToken);
            if (warmMissing > 0)
            {
                throw new InvalidOperationException($"{warmMissing} warm-up pages never arrived; see the logs in {folder.FullName}");
            }

            var (commentsBefore, rejectsBefore) = await CountsAsync(database, cancellationToken);
            await using var ownerDataSource = database.CreateDataSource();
            var postgresBefore = await ServerCpu.OfDatabaseAsync(ownerDataSource, cancellationToken);
            var cpuBefore = services.ToDictionary(s => s.Name, s => ProcessMeter.CpuSeconds(s.Id), StringComparer.Ordinal);
            var rabbitMqNode = ProcessMeter.FindRabbitMqNode();
            var rabbitMqBefore = rabbitMqNode is { } node ? ProcessMeter.CpuSeconds(node) : 0;
            using var sampling = new CancellationTokenSource();
            var sampler = new Sampler(services, virtualHost);
            var samplerTask = sampler.RunAsync(sampling.Token);

            Console.WriteLine($"[bench] dropping {settings.Documents} pages{(settings.Rate is { } r ? $" at {r} per second" : " at once")}");
            var dropped = await DropAsync(staging, inbox, measured, settings.Rate, cancellationToken);
            var missing = await listener.WaitForAsync(measured.Select(p => p.Id).ToList(), TimeSpan.FromSeconds(120), cancellationToken);
            var cpuAfter = services.ToDictionary(s => s.Name, s => ProcessMeter.CpuSeconds(s.Id), StringComparer.Ordinal);
            var postgresCpu = (await ServerCpu.OfDatabaseAsync(ownerDataSource, cancellationToken) - postgresBefore).TotalSeconds;
            double? rabbitMqCpu = rabbitMqNode is { } nodeAfter ? ProcessMeter.CpuSeconds(nodeAfter) - rabbitMqBefore : null;
            await sampling.CancelAsync();
            await samplerTask;
            var load = ProcessMeter.LoadAverage();
            var (commentsAfter, rejectsAfter) = await CountsAsync(database, cancellationToken);

            var latencies = measured
                .Where(p => listener.CommittedAt.ContainsKey(p.Id))
                .Select(p => Stopwatch.GetElapsedTime(dropped[p.Id], listener.CommittedAt[p.Id]).TotalMilliseconds)
                .Order()
                .ToList();
            var firstDrop = dropped.Values.Min();
            var lastCommit = measured.Where(p => listener.CommittedAt.ContainsKey(p.Id)).Max(p => listener.CommittedAt[p.Id]);
            var elapsed = Stopwatch.GetElapsedTime(firstDrop, lastCommit).TotalSeconds;
            var docsPerS = latencies.Count / elapsed;
            var figures = services.ToDictionary(
                s => s.Name,
                s => new ServiceFigures(
                    Math.Round(cpuAfter[s.Name] - cpuBefore[s.Name], 2),
                    Math.Round((cpuAfter[s.Name] - cpuBefore[s.Name]) * 1000 / Math.Max(1, latencies.Count), 3),
                    Math.Round(ProcessMeter.Memory(s.Id).PeakMb, 1),
                    Math.Round(sampler.Resident[s.Name].FirstOrDefault(), 1),
                    Math.Round(sampler.Resident[s.Name].LastOrDefault(), 1)),
                StringComparer.Ordinal);
            if (settings.SamplesPath is { } samplesPath)
            {
                await File.WriteAllTextAsync(samplesPath.Replace("{tracing}", tracing, StringComparison.Ordinal), sampler.ToCsv(), cancellationToken);
            }

            await StopAsync(services);
            services.Clear();
            var otlp = sink is null
                ? null
                : new OtlpFigures(sink.Received("traces").Requests, sink.Received("traces").Bytes, sink.Received("metrics").Bytes, sink.Received("logs").Bytes);

            return new RunResult(
                tracing,
                settings.Documents,
                latencies.Count,
                (int)(rejectsAfter - rejectsBefore),
                missing,
                settings.Rate,
                Math.Round(elapsed, 2),
                Math.Round(docsPerS, 1),
                Math.Round((commentsAfter - commentsBefore) / elapsed, 1),
                Math.Round(ceilingDocsPerS, 1),
                ceilingDocsPerS > 0 ? Math.Round(docsPerS / ceilingDocsPerS, 3) : 0,
                Percentile(latencies, 0.50),
                Percentile(latencies, 0.95),
                Percentile(latencies, 0.99),
                Math.Round(latencies.LastOrDefault(), 1),
                figures,
                Math.Round(postgresCpu, 2),
                rabbitMqCpu is { } rabbitMqSeconds ? Math.Round(rabbitMqSeconds, 2) : null,
                new Dictionary<string, int>(StringComparer.Ordinal) { ["parser"] = sampler.MaxParserQueue, ["storage"] = sampler.MaxStorageQueue },
                otlp,
                load);
        }
        finally
        {
            await StopAsync(services);
            if (listener is not null)
            {
                await listener.DisposeAsync();
            }

            if (sink is not null)
            {
                await sink.DisposeAsync();
            }

            await database.DisposeAsync();
            await virtualHost.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }

    private Dictionary<string, string?> Settings(PostgresDatabase database, RabbitMqVirtualHost virtualHost, string inbox, OtlpSink? sink)
    {
        var application = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = "ingestion_app", Password = "ingestion_app" };
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["RabbitMq__Host"] = TestEnvironment.RabbitMqHost,
            ["RabbitMq__VHost"] = virtualHost.Name,
            ["RabbitMq__User"] = TestEnvironment.RabbitMqUser,
            ["RabbitMq__Pass"] = TestEnvironment.RabbitMqPassword,
            ["ConnectionStrings__Postgres"] = application.ConnectionString,
            ["ConnectionStrings__PostgresMigrations"] = database.ConnectionString,
            ["Fetcher__InboxPath"] = inbox,
            ["Fetcher__QuietPeriod"] = settings.QuietPeriod.ToString("c", CultureInfo.InvariantCulture),
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = sink?.Endpoint.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = sink is null ? null : "http/protobuf",
        };
        foreach (var (key, value) in settings.ExtraSettings)
        {
            values[key] = value;
        }

        return values;
    }

    private List<StagedPage> Stage(string staging, int count, int seed)
    {
        var generator = new PageGenerator(settings.HtmlShare, seed);
        var pages = new List<StagedPage>(count);
        for (var i = 0; i < count; i++)
        {
            var (fileName, content) = generator.Next();
            var name = $"{seed}-{fileName}";
            File.WriteAllBytes(Path.Combine(staging, name), content);
            pages.Add(new StagedPage(name, Convert.ToHexStringLower(SHA256.HashData(content))));
        }

        return pages;
    }

    /// <summary>Renames each complete page into the inbox (as users should) and notes when; returns those times by document id.</summary>
    private static async Task<Dictionary<string, long>> DropAsync(
        string staging, string inbox, List<StagedPage> pages, double? rate, CancellationToken cancellationToken)
    {
        var dropped = new Dictionary<string, long>(pages.Count, StringComparer.Ordinal);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < pages.Count; i++)
        {
            if (rate is { } perSecond)
            {
                var wait = TimeSpan.FromSeconds(i / perSecond) - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait, cancellationToken);
                }
            }

            File.Move(Path.Combine(staging, pages[i].FileName), Path.Combine(inbox, pages[i].FileName));
            dropped[pages[i].Id] = Stopwatch.GetTimestamp();
        }

        return dropped;
    }

    private static async Task<(long Comments, long Rejects)> CountsAsync(PostgresDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        return await connection.QuerySingleAsync<(long, long)>(
            new CommandDefinition("SELECT (SELECT count(*) FROM comments), (SELECT count(*) FROM rejects)", cancellationToken: cancellationToken));
    }

    private static async Task StopAsync(List<ServiceProcess> services)
    {
        // The fetcher first, storage last, as a drain would.
        await Task.WhenAll(services.AsEnumerable().Reverse().Select(s => s.DisposeAsync().AsTask()));
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)], 1);

    private sealed record StagedPage(string FileName, string Id);

    /// <summary>Each second: every service's resident memory and the two queues' depths.</summary>
    private sealed class Sampler(List<ServiceProcess> services, RabbitMqVirtualHost virtualHost)
    {
        private readonly StringBuilder _csv = new("seconds,fetcher_rss_mb,parser_rss_mb,storage_rss_mb,parser_queue,storage_queue\n");

        public Dictionary<string, List<double>> Resident { get; } = services.ToDictionary(s => s.Name, _ => new List<double>(), StringComparer.Ordinal);

        public int MaxParserQueue { get; private set; }

        public int MaxStorageQueue { get; private set; }

        public string ToCsv() => _csv.ToString();

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            try
            {
                do
                {
                    foreach (var service in services)
                    {
                        Resident[service.Name].Add(ProcessMeter.Memory(service.Id).ResidentMb);
                    }

                    var parser = (await virtualHost.GetQueueAsync(IngestionQueues.Parser))?.Messages ?? 0;
                    var storage = (await virtualHost.GetQueueAsync(IngestionQueues.Storage))?.Messages ?? 0;
                    MaxParserQueue = Math.Max(MaxParserQueue, parser);
                    MaxStorageQueue = Math.Max(MaxStorageQueue, storage);
                    _csv.Append(CultureInfo.InvariantCulture,
                        $"{clock.Elapsed.TotalSeconds:F0},{Resident["fetcher"][^1]:F1},{Resident["parser"][^1]:F1},{Resident["storage"][^1]:F1},{parser},{storage}\n");
                }
                while (await timer.WaitForNextTickAsync(cancellationToken));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
        }
    }
}
