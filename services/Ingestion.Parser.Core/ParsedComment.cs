namespace Ingestion.Parser.Core;

public sealed record ParsedComment
{
    /// <summary>Position in page order, from 1.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Ordinal of the comment this one replies to; null at top level.</summary>
    public int? Parent { get; init; }

    public string? Author { get; init; }

    /// <summary>ISO 8601; the offset only where the page names a zone.</summary>
    public string? PostedAt { get; init; }

    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}
