namespace Ingestion.FaultInjection;

/// <summary>Which faults a run injects, in a seeded random order at seeded random points of the file flow.</summary>
internal static class FaultPlan
{
    public static IReadOnlyList<Fault> Create(Random random, SuiteSettings settings)
    {
        var kinds = new List<FaultKind>();
        for (var i = 0; i < settings.KillsPerService; i++)
        {
            kinds.AddRange([FaultKind.KillFetcher, FaultKind.KillParser, FaultKind.KillStorage]);
        }

        kinds.Add(FaultKind.RestartRabbitMq);
        kinds.Add(FaultKind.StopPostgres);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kinds));

        // Between 5 % and 90 % of the files: each fault hits a pipeline with files before and after it.
        var points = kinds.Select(_ => (int)(settings.Files * (0.05 + (0.85 * random.NextDouble())))).Order().ToList();
        return kinds.Select((kind, i) => new Fault(kind, points[i], TimeSpan.FromMilliseconds(random.Next(0, 2_500)), PauseFor(kind, random, settings))).ToList();
    }

    private static TimeSpan PauseFor(FaultKind kind, Random random, SuiteSettings settings) => kind switch
    {
        FaultKind.StopPostgres => settings.PostgresDowntime,
        FaultKind.RestartRabbitMq => TimeSpan.FromMilliseconds(random.Next(1_000, 5_000)),
        _ => TimeSpan.FromMilliseconds(random.Next(200, 3_000)),
    };
}
