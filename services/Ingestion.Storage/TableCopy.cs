using Npgsql;
using NpgsqlTypes;

namespace Ingestion.Storage;

/// <summary>
/// Binary COPY of prepared rows straight into the tables: the fastest way PostgreSQL takes rows. The writer
/// uses it for articles and comments, which are new rows once their document row is locked; the benchmark
/// uses all four for its ceiling.
/// </summary>
internal static class TableCopy
{
    private const NpgsqlDbType TextArray = NpgsqlDbType.Array | NpgsqlDbType.Text;

    public static async Task DocumentsAsync(
        NpgsqlConnection connection, IEnumerable<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY documents (id, content, content_type, size_bytes, first_seen_at, parser_version, parsed_at, warnings) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var document in documents)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(document.Id, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(document.Content, NpgsqlDbType.Bytea, cancellationToken);
            await WriteNullableAsync(copy, document.ContentType, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(document.Size, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(document.FetchedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(document.ParserVersion, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(document.ParsedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(document.Warnings, TextArray, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task SourcesAsync(
        NpgsqlConnection connection, IEnumerable<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY document_sources (document_id, file_name, fetched_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var document in documents)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(document.Id, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(document.FileName, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(document.FetchedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task ArticlesAsync(
        NpgsqlConnection connection, IEnumerable<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY articles (document_id, title, authors, published_at, published_local, site, tags,
                           declared_comment_count, body, captions) FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var document in documents)
        {
            var article = document.Article;
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(document.Id, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, article.Title, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(article.Authors, TextArray, cancellationToken);
            await WriteTimestampAsync(copy, article.Published, cancellationToken);
            await WriteNullableAsync(copy, article.Site, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(article.Tags, TextArray, cancellationToken);
            await WriteNullableAsync(copy, article.DeclaredCommentCount, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(article.Body, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(article.Captions, TextArray, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task CommentsAsync(
        NpgsqlConnection connection, IEnumerable<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY comments (document_id, ordinal, parent_ordinal, depth, thread_position, author, posted_at, posted_local, body)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var document in documents)
        {
            foreach (var comment in document.Comments)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(document.Id, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(comment.Ordinal, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(copy, comment.Parent, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(comment.Depth, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(comment.ThreadPosition, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(copy, comment.Author, NpgsqlDbType.Text, cancellationToken);
                await WriteTimestampAsync(copy, comment.PostedAt, cancellationToken);
                await copy.WriteAsync(comment.Body, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task WriteTimestampAsync(NpgsqlBinaryImporter copy, PageTimestamp timestamp, CancellationToken cancellationToken)
    {
        await WriteNullableAsync(copy, timestamp.Instant, NpgsqlDbType.TimestampTz, cancellationToken);
        await WriteNullableAsync(copy, timestamp.Local, NpgsqlDbType.Timestamp, cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? copy.WriteAsync(present, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);
}
