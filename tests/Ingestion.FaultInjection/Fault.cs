namespace Ingestion.FaultInjection;

internal enum FaultKind
{
    KillFetcher,
    KillParser,
    KillStorage,
    RestartRabbitMq,
    StopPostgres,
}

/// <summary>
/// One fault, fired <paramref name="Lead"/> after <paramref name="AfterFiles"/> files are in the inbox (the lead lets
/// the latest files reach the services' hands: the fetcher takes a file only after its quiet period);
/// <paramref name="Pause"/> is how long the killed service or stopped server stays down. All come from the seed, so a
/// run's plan can be replayed.
/// </summary>
internal sealed record Fault(FaultKind Kind, int AfterFiles, TimeSpan Lead, TimeSpan Pause)
{
    public override string ToString() => Kind switch
    {
        FaultKind.KillFetcher => "kill -9 fetcher",
        FaultKind.KillParser => "kill -9 parser",
        FaultKind.KillStorage => "kill -9 storage",
        FaultKind.RestartRabbitMq => "restart RabbitMQ",
        FaultKind.StopPostgres => "stop PostgreSQL",
        _ => Kind.ToString(),
    } + $" for {Pause.TotalSeconds:0.0} s, {Lead.TotalSeconds:0.0} s after file {AfterFiles}";
}
