namespace Ingestion.FaultInjection;

/// <param name="Runs">Runs, each on fresh servers.</param>
/// <param name="Files">Files dropped into the inbox per run.</param>
/// <param name="Seed">Seeds the fault plan and the pauses; printed so a failing run can be replayed.</param>
/// <param name="KillsPerService">kill -9 faults per service per run.</param>
/// <param name="FilesPerSecond">Pace of the drops, so that files keep arriving while the faults happen.</param>
/// <param name="PostgresDowntime">How long PostgreSQL stays stopped.</param>
/// <param name="ClaimTimeout">The fetcher's <c>Fetcher:ClaimTimeout</c>: how soon a killed fetcher's claims are taken back.</param>
public sealed record SuiteSettings(
    int Runs,
    int Files,
    int Seed,
    int KillsPerService,
    double FilesPerSecond,
    TimeSpan PostgresDowntime,
    TimeSpan ClaimTimeout)
{
    /// <summary>What CI runs: one of each fault on a few hundred files, a few minutes on two cores.</summary>
    public static SuiteSettings ShortForm(int seed) => new(1, 400, seed, 1, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(20));

    /// <summary>The long form's defaults: the 2,000 files, every service killed several times per run.</summary>
    public static SuiteSettings LongForm(int seed) => new(3, 2000, seed, 3, 25, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(20));
}
