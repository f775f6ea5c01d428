namespace Ingestion.Fetcher;

/// <summary>Why a file cannot be published: a short kind for metrics, and a reason a person can act on.</summary>
internal sealed record FileRejection(string Kind, string Reason)
{
    public static FileRejection Empty { get; } = new("empty", "empty file");

    /// <summary>Not a rejection: the file's writer still holds it open, so it is tried again later.</summary>
    public static FileRejection StillBeingWritten { get; } = new("still_being_written", "held open by its writer");
}
