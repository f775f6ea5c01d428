namespace Ingestion.Contracts;

/// <summary>A fetched document was split into its article and comments.</summary>
public sealed record DocumentParsed
{
    public required string DocumentId { get; init; }

    public required string FileName { get; init; }

    public string? ContentType { get; init; }

    public required long Size { get; init; }

    /// <summary>The raw bytes travel on so that storage keeps them and a page can be parsed again later.</summary>
    public required byte[] Content { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>Increases whenever the parser's output changes; storage replaces results of older versions.</summary>
    public required int ParserVersion { get; init; }

    public required DateTimeOffset ParsedAt { get; init; }

    public required Article Article { get; init; }

    public required IReadOnlyList<Comment> Comments { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
