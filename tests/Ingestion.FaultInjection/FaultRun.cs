using System.Diagnostics;
using System.Globalization;

namespace Ingestion.FaultInjection;

/// <summary>
/// One run: private PostgreSQL and RabbitMQ, the three services as processes, files dropped at a steady pace while
/// the planned faults fire one after another, then the check. The work folder (inbox, server data, service logs)
/// is deleted after a passing run and kept after a failing one.
/// </summary>
internal sealed class FaultRun(SuiteSettings settings, int runNumber, PageCorpus corpus, string servicesRoot, string configuration, TextWriter output)
{
    private static readonly TimeSpan ReadyPatience = TimeSpan.FromMinutes(3);

    private readonly Stopwatch _clock = new();
    private readonly Random _random = new(unchecked((settings.Seed * 7919) + runNumber));
    private int _notRecovered;

    public async Task<RunFigures> RunAsync()
    {
        _clock.Start();
        var plan = FaultPlan.Create(_random, settings);
        var work = Directory.CreateTempSubdirectory("ingestion-faults-").FullName;
        var inbox = Path.Combine(work, "inbox");
        Directory.CreateDirectory(inbox);
        Log($"seed {settings.Seed}, {settings.Files} files at {settings.FilesPerSecond}/s, faults: {string.Join("; ", plan)}");
        Log($"work folder {work}");

        RunFigures figures;
        var postgresStarting = PrivatePostgres.CreateAsync(work);
        var rabbitStarting = PrivateRabbitMq.CreateAsync(work);
        try
        {
            await Task.WhenAll(postgresStarting, rabbitStarting);
        }
        catch
        {
            // Whichever server did start must not outlive the run.
            if (postgresStarting.IsCompletedSuccessfully)
            {
                await postgresStarting.Result.DisposeAsync();
            }

            if (rabbitStarting.IsCompletedSuccessfully)
            {
                await rabbitStarting.Result.DisposeAsync();
            }

            throw;
        }

        await using (var postgres = await postgresStarting)
        await using (var rabbit = await rabbitStarting)
        {
            Log($"private PostgreSQL and RabbitMQ (port {rabbit.Port}) up");
            var services = StartServices(work, inbox, postgres, rabbit);
            try
            {
                await Task.WhenAll(services.Values.Select(s => s.WaitUntilReadyAsync(ReadyPatience)));
                Log("fetcher, parser and storage ready");

                var dropped = await DropFilesAsync(inbox, plan, services, postgres, rabbit);
                Log($"all {dropped.Count} files dropped and every fault over; waiting for the pipeline to settle");

                var checker = new RunChecker(postgres.OwnerConnectionString, inbox, rabbit, Log);
                await checker.WaitUntilSettledAsync(dropped.Count, settings.ClaimTimeout * 3 + TimeSpan.FromMinutes(1));
                var evidence = RecoveryEvidence.Count(Path.Combine(work, "logs"));
                figures = await checker.CheckAsync(dropped) with
                {
                    ClaimsTakenOver = evidence.ClaimsTakenOver,
                    PublishesRetried = evidence.PublishesRetried,
                    RepeatsAbsorbed = evidence.RepeatsAbsorbed,
                    Runs = 1,
                    FaultsInjected = plan.Count,
                    NotRecovered = _notRecovered,
                    UnexpectedExits = services.Values.Sum(s => s.UnexpectedExits),
                };
            }
            finally
            {
                foreach (var service in services.Values)
                {
                    service.Dispose();
                }
            }
        }

        Log(figures.ToString());
        if (figures.Passed)
        {
            Directory.Delete(work, recursive: true);
        }
        else
        {
            Log($"kept {work} (service logs in logs/, server logs in postgres/ and rabbitmq/)");
        }

        return figures;
    }

    private Dictionary<FaultKind, ServiceProcess> StartServices(string work, string inbox, PrivatePostgres postgres, PrivateRabbitMq rabbit)
    {
        var logs = Path.Combine(work, "logs");
        Directory.CreateDirectory(logs);
        var bus = new Dictionary<string, string>
        {
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__Port"] = rabbit.Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VHost"] = "/",
            ["RabbitMq__User"] = PrivateRabbitMq.User,
            ["RabbitMq__Pass"] = PrivateRabbitMq.Password,
        };
        ServiceProcess Service(string name, string project, Dictionary<string, string> own) => new(
            name,
            project,
            Path.Combine(servicesRoot, project, "bin", configuration, "net10.0"),
            new Dictionary<string, string>(bus.Concat(own)),
            logs);

        var services = new Dictionary<FaultKind, ServiceProcess>
        {
            [FaultKind.KillStorage] = Service("storage", "Ingestion.Storage", new()
            {
                ["ConnectionStrings__Postgres"] = postgres.ApplicationConnectionString,
                ["ConnectionStrings__PostgresMigrations"] = postgres.OwnerConnectionString,
                ["Storage__ApplicationRole"] = "ingestion_app",
            }),
            [FaultKind.KillParser] = Service("parser", "Ingestion.Parser", []),
            [FaultKind.KillFetcher] = Service("fetcher", "Ingestion.Fetcher", new()
            {
                ["Fetcher__InboxPath"] = inbox,
                ["Fetcher__ClaimTimeout"] = settings.ClaimTimeout.ToString("c", CultureInfo.InvariantCulture),
            }),
        };
        foreach (var service in services.Values)
        {
            service.Start();
        }

        return services;
    }

    /// <summary>
    /// Drops the files at the configured pace. When a fault's point comes it fires, and the drops go on meanwhile;
    /// a fault whose point comes while the previous one is still in progress waits for it.
    /// </summary>
    private async Task<List<CorpusFile>> DropFilesAsync(
        string inbox,
        IReadOnlyList<Fault> plan,
        Dictionary<FaultKind, ServiceProcess> services,
        PrivatePostgres postgres,
        PrivateRabbitMq rabbit)
    {
        var dropped = new List<CorpusFile>(settings.Files);
        var runKey = ((long)settings.Seed << 16) | (uint)runNumber;
        var faults = new Queue<Fault>(plan);
        var current = Task.CompletedTask;
        var started = _clock.Elapsed;
        for (var number = 0; number < settings.Files; number++)
        {
            while (faults.TryPeek(out var next) && next.AfterFiles <= number)
            {
                await current;
                current = InjectAsync(faults.Dequeue(), inbox, services, postgres, rabbit);
            }

            var file = corpus.File(number, runKey);
            // Written under a hidden name the fetcher ignores, then renamed: it only ever sees complete files.
            var temporary = Path.Combine(inbox, $".{file.FileName}.part");
            await File.WriteAllBytesAsync(temporary, file.Content);
            File.Move(temporary, Path.Combine(inbox, file.FileName));
            dropped.Add(file);

            var due = started + TimeSpan.FromSeconds((number + 1) / settings.FilesPerSecond);
            if (due > _clock.Elapsed)
            {
                await Task.Delay(due - _clock.Elapsed);
            }
        }

        while (faults.TryDequeue(out var late))
        {
            await current;
            current = InjectAsync(late, inbox, services, postgres, rabbit);
        }

        await current;
        return dropped;
    }

    /// <summary>
    /// A file spends only milliseconds claimed, so a kill at an arbitrary moment rarely finds one: wait (a few seconds
    /// at most) until the fetcher holds a claim, so the kill tests the take-over of a dead fetcher's claims.
    /// </summary>
    private static async Task WaitForClaimAsync(string inbox)
    {
        var processing = Path.Combine(inbox, ".processing");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (DateTime.UtcNow < deadline && !Directory.EnumerateFiles(processing, "*", SearchOption.AllDirectories).Any())
        {
            await Task.Delay(5);
        }
    }

    private async Task InjectAsync(Fault fault, string inbox, Dictionary<FaultKind, ServiceProcess> services, PrivatePostgres postgres, PrivateRabbitMq rabbit)
    {
        await Task.Delay(fault.Lead);
        Log(fault.ToString());
        try
        {
            switch (fault.Kind)
            {
                case FaultKind.RestartRabbitMq:
                    await rabbit.StopAsync();
                    await Task.Delay(fault.Pause);
                    await rabbit.StartAsync();
                    // Nobody restarts the services: they must reconnect on their own.
                    await Task.WhenAll(services.Values.Select(s => s.WaitUntilReadyAsync(ReadyPatience)));
                    break;
                case FaultKind.StopPostgres:
                    await postgres.StopAsync();
                    await Task.Delay(fault.Pause);
                    await postgres.StartAsync();
                    await services[FaultKind.KillStorage].WaitUntilReadyAsync(ReadyPatience);
                    break;
                default:
                    if (fault.Kind == FaultKind.KillFetcher)
                    {
                        await WaitForClaimAsync(inbox);
                    }

                    var service = services[fault.Kind];
                    service.Kill();
                    await Task.Delay(fault.Pause);
                    service.Start();
                    await service.WaitUntilReadyAsync(ReadyPatience);
                    break;
            }

            Log($"recovered from {fault.Kind}");
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            _notRecovered++;
            Log($"NOT RECOVERED from {fault.Kind}: {exception.Message}");
        }
    }

    private void Log(string message)
    {
        lock (output)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[run {runNumber} +{_clock.Elapsed.TotalSeconds,6:0.0}s] {message}"));
            output.Flush();
        }
    }
}
