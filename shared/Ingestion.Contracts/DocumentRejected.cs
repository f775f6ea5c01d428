namespace Ingestion.Contracts;

/// <summary>A fetched document could not be turned into an article; storage records it with the reason.</summary>
public sealed record DocumentRejected
{
    public required string DocumentId { get; init; }

    public required string FileName { get; init; }

    public string? ContentType { get; init; }

    public required long Size { get; init; }

    /// <summary>Kept so that the page can be parsed again once the parser handles it.</summary>
    public required byte[] Content { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>Where it failed, e.g. <c>parse</c>.</summary>
    public required string Stage { get; init; }

    public required string Reason { get; init; }

    public required int ParserVersion { get; init; }

    public required DateTimeOffset RejectedAt { get; init; }
}
