namespace Ingestion.Parser.Core;

/// <summary>The split of one page. Property names map to the snake_case fields of the JSON output.</summary>
public sealed record ParsedPage
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>ISO 8601 (<c>2013-09-24T22:42:00-04:00</c>); the offset only where the page names a zone.</summary>
    public string? PublishedAt { get; init; }

    public string? Site { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The number of comments the page says it has, when it says so.</summary>
    public int? DeclaredCommentCount { get; init; }

    public IReadOnlyList<string> BodyParagraphs { get; init; } = [];

    /// <summary>Photo captions and credits, kept out of the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    public IReadOnlyList<ParsedComment> Comments { get; init; } = [];

    /// <summary>What the parser noticed but could not reconcile, e.g. "page declares 12 comments, found 10".</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
