namespace Ingestion.Contracts;

public sealed record Comment
{
    /// <summary>Position in page order, from 1.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Ordinal of the comment this one replies to; null for a top-level comment.</summary>
    public int? Parent { get; init; }

    public string? Author { get; init; }

    /// <summary>ISO 8601; carries an offset only where the page names a time zone.</summary>
    public string? PostedAt { get; init; }

    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}
