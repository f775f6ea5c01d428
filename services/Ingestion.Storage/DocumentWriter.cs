using Dapper;
using Ingestion.Contracts;
using Npgsql;

namespace Ingestion.Storage;

/// <summary>
/// Writes one parsed document in one transaction. Idempotency lives in the statements themselves
/// (primary keys and ON CONFLICT), so redelivered messages and concurrent duplicates write nothing twice.
/// </summary>
public sealed class DocumentWriter(NpgsqlDataSource dataSource)
{
    // Returns a row only when the document was inserted or an older parser's result is being replaced.
    private const string UpsertDocument = """
        INSERT INTO documents (id, content, content_type, size_bytes, first_seen_at, parser_version, parsed_at, warnings)
        VALUES (@Id, @Content, @ContentType, @Size, @FetchedAt, @ParserVersion, @ParsedAt, @Warnings)
        ON CONFLICT (id) DO UPDATE
           SET parser_version = EXCLUDED.parser_version,
               parsed_at = EXCLUDED.parsed_at,
               warnings = EXCLUDED.warnings,
               first_seen_at = LEAST(documents.first_seen_at, EXCLUDED.first_seen_at)
         WHERE documents.parser_version < EXCLUDED.parser_version
        RETURNING (xmax = 0) AS inserted
        """;

    private const string UpsertArticle = """
        INSERT INTO articles (document_id, title, authors, published_at, published_local, site, tags,
                              declared_comment_count, body, captions)
        VALUES (@DocumentId, @Title, @Authors, @PublishedAt, @PublishedLocal, @Site, @Tags,
                @DeclaredCommentCount, @Body, @Captions)
        ON CONFLICT (document_id) DO UPDATE
           SET title = EXCLUDED.title, authors = EXCLUDED.authors, published_at = EXCLUDED.published_at,
               published_local = EXCLUDED.published_local, site = EXCLUDED.site, tags = EXCLUDED.tags,
               declared_comment_count = EXCLUDED.declared_comment_count, body = EXCLUDED.body,
               captions = EXCLUDED.captions
        """;

    private const string DeleteComments = "DELETE FROM comments WHERE document_id = @DocumentId";

    // One statement for the whole thread: the parent foreign key is checked at the end of the statement.
    private const string InsertComments = """
        INSERT INTO comments (document_id, ordinal, parent_ordinal, depth, author, posted_at, posted_local, body)
        SELECT @DocumentId, c.*
          FROM unnest(@Ordinals, @Parents, @Depths, @Authors, @PostedAt, @PostedLocal, @Bodies)
               AS c (ordinal, parent_ordinal, depth, author, posted_at, posted_local, body)
        """;

    private const string InsertSource = """
        INSERT INTO document_sources (document_id, file_name, fetched_at)
        VALUES (@DocumentId, @FileName, @FetchedAt)
        ON CONFLICT DO NOTHING
        """;

    public async Task<WriteOutcome> WriteAsync(DocumentParsed document, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var inserted = await connection.QuerySingleOrDefaultAsync<bool?>(Command(UpsertDocument, new
        {
            Id = document.DocumentId,
            document.Content,
            ContentType = Text.Clean(document.ContentType),
            document.Size,
            FetchedAt = document.FetchedAt.ToUniversalTime(),
            document.ParserVersion,
            ParsedAt = document.ParsedAt.ToUniversalTime(),
            Warnings = Text.Clean(document.Warnings),
        }, transaction, cancellationToken));

        var outcome = inserted switch
        {
            true => WriteOutcome.Stored,
            false => WriteOutcome.Replaced,
            null => WriteOutcome.Duplicate,
        };

        if (outcome != WriteOutcome.Duplicate)
        {
            await WriteArticleAsync(connection, transaction, document, cancellationToken);
            await WriteCommentsAsync(connection, transaction, document, replacing: outcome == WriteOutcome.Replaced, cancellationToken);
        }

        await connection.ExecuteAsync(Command(InsertSource, new
        {
            document.DocumentId,
            FileName = Text.Clean(document.FileName),
            FetchedAt = document.FetchedAt.ToUniversalTime(),
        }, transaction, cancellationToken));

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static async Task WriteArticleAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DocumentParsed document, CancellationToken cancellationToken)
    {
        var article = document.Article;
        var published = PageTimestamp.Parse(article.PublishedAt);
        await connection.ExecuteAsync(Command(UpsertArticle, new
        {
            document.DocumentId,
            Title = Text.Clean(article.Title),
            Authors = Text.Clean(article.Authors),
            PublishedAt = published.Instant,
            PublishedLocal = published.Local,
            Site = Text.Clean(article.Site),
            Tags = Text.Clean(article.Tags),
            article.DeclaredCommentCount,
            Body = Text.JoinParagraphs(article.BodyParagraphs),
            Captions = Text.Clean(article.Captions),
        }, transaction, cancellationToken));
    }

    private static async Task WriteCommentsAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        DocumentParsed document,
        bool replacing,
        CancellationToken cancellationToken)
    {
        if (replacing)
        {
            await connection.ExecuteAsync(Command(DeleteComments, new { document.DocumentId }, transaction, cancellationToken));
        }

        var thread = CommentThread.From(document.Comments);
        if (thread.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(Command(InsertComments, new
        {
            document.DocumentId,
            Ordinals = thread.Select(c => c.Ordinal).ToArray(),
            Parents = thread.Select(c => c.Parent).ToArray(),
            Depths = thread.Select(c => c.Depth).ToArray(),
            Authors = thread.Select(c => Text.Clean(c.Author)).ToArray(),
            PostedAt = thread.Select(c => c.PostedAt.Instant).ToArray(),
            PostedLocal = thread.Select(c => c.PostedAt.Local).ToArray(),
            Bodies = thread.Select(c => c.Body).ToArray(),
        }, transaction, cancellationToken));
    }

    private static CommandDefinition Command(
        string sql, object parameters, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
