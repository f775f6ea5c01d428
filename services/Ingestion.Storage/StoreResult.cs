namespace Ingestion.Storage;

/// <summary>What happened to one message of a batch; <see cref="RejectReason"/> is set when it was rejected.</summary>
public sealed record StoreResult(WriteOutcome Outcome, string? RejectReason = null)
{
    public static StoreResult Rejected(string reason) => new(WriteOutcome.Rejected, reason);
}
