namespace Ingestion.Contracts;

/// <summary>A file was taken from the inbox; carries its raw bytes.</summary>
public sealed record DocumentFetched
{
    /// <summary>SHA-256 of <see cref="Content"/>, lowercase hex: the same content always has the same id.</summary>
    public required string DocumentId { get; init; }

    public required string FileName { get; init; }

    /// <summary>Guessed from the file name; null when it says nothing and the parser has to sniff.</summary>
    public string? ContentType { get; init; }

    public required long Size { get; init; }

    public required byte[] Content { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }
}
