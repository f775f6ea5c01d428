using Ingestion.Contracts;

namespace Ingestion.Storage;

/// <summary>
/// A parsed document turned into the rows it will be stored as: text cleaned of what PostgreSQL cannot hold,
/// times split into instant and wall clock, the comment thread ordered. Built before any transaction opens, so
/// a malformed message is rejected on its own instead of failing the batch it came in.
/// </summary>
internal sealed record PreparedDocument(
    string Id,
    byte[] Content,
    string? ContentType,
    long Size,
    DateTimeOffset FetchedAt,
    int ParserVersion,
    DateTimeOffset ParsedAt,
    string[] Warnings,
    string FileName,
    PreparedArticle Article,
    IReadOnlyList<StoredComment> Comments)
{
    public static PreparedDocument From(DocumentParsed message)
    {
        // Deserialized messages can break the contract's non-nullable promises; check before dereferencing.
        var id = message.DocumentId ?? throw new InvalidDocumentException("the document id is missing");
        if (!IsSha256Hex(id))
        {
            throw new InvalidDocumentException("the document id is not a lowercase hexadecimal SHA-256");
        }

        var article = message.Article ?? throw new InvalidDocumentException("the article is missing");
        if (message.Content is null)
        {
            throw new InvalidDocumentException("the raw content is missing");
        }

        if (message.Size < 0)
        {
            throw new InvalidDocumentException($"the size {message.Size} is negative");
        }

        if (message.ParserVersion < 0)
        {
            throw new InvalidDocumentException($"the parser version {message.ParserVersion} is negative");
        }

        return new PreparedDocument(
            id,
            message.Content,
            Text.Clean(message.ContentType),
            message.Size,
            message.FetchedAt.ToUniversalTime(),
            message.ParserVersion,
            message.ParsedAt.ToUniversalTime(),
            Text.Clean(message.Warnings ?? []),
            Text.Clean(message.FileName ?? ""),
            PreparedArticle.From(article),
            CommentThread.From(message.Comments ?? []));
    }

    private static bool IsSha256Hex(string id) =>
        id.Length == 64 && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
