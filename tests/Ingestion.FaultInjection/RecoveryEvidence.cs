namespace Ingestion.FaultInjection;

/// <summary>
/// Signs in the services' logs that the faults hit work in flight and that the recovery paths ran: counted from the
/// log lines the services write when they take over a dead fetcher's claim, return an unconfirmed file to the inbox,
/// or receive content already stored.
/// </summary>
internal static class RecoveryEvidence
{
    public static RunFigures Count(string logFolder) => new()
    {
        ClaimsTakenOver = CountLines(Path.Combine(logFolder, "fetcher.log"), "Took over "),
        PublishesRetried = CountLines(Path.Combine(logFolder, "fetcher.log"), " failed (attempt "),
        RepeatsAbsorbed = CountLines(Path.Combine(logFolder, "storage.log"), ": Duplicate with "),
    };

    private static int CountLines(string path, string text) =>
        File.Exists(path) ? File.ReadLines(path).Count(line => line.Contains(text, StringComparison.Ordinal)) : 0;
}
