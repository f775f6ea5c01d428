namespace Ingestion.Contracts;

public sealed record Article
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>ISO 8601; carries an offset only where the page names a time zone.</summary>
    public string? PublishedAt { get; init; }

    public string? Site { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public int? DeclaredCommentCount { get; init; }

    public IReadOnlyList<string> BodyParagraphs { get; init; } = [];

    public IReadOnlyList<string> Captions { get; init; } = [];
}
