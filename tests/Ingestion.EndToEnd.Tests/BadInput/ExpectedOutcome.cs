namespace Ingestion.EndToEnd.Tests.BadInput;

/// <summary>What must become of one dropped file, and where a user sees it.</summary>
public abstract record ExpectedOutcome
{
    /// <summary>One document stored for the file (one <c>document_sources</c> row), the file archived in <c>processed/</c>.</summary>
    public sealed record Stored(string? Title = null, int? Comments = null, string? BodyContains = null) : ExpectedOutcome;

    /// <summary>A row in <c>rejects</c> whose reason contains <paramref name="Reason"/>; nothing stored.</summary>
    public sealed record Rejected(string Reason) : ExpectedOutcome;

    /// <summary>Moved to <c>failed/</c> (as <paramref name="FailedName"/> when that name was taken) beside a <c>.error.txt</c> naming the reason.</summary>
    public sealed record Failed(string Reason, string? FailedName = null) : ExpectedOutcome;

    /// <summary>Not the fetcher's to take: it stays where it was dropped, untouched.</summary>
    public sealed record LeftAlone : ExpectedOutcome;

    /// <summary>Removed by its writer before it was complete: nothing stored, nothing rejected, nothing archived.</summary>
    public sealed record Gone : ExpectedOutcome;
}
