using Dapper;
using Npgsql;

namespace Ingestion.Storage.Tests;

/// <summary>What the database holds for one document, counted table by table.</summary>
internal sealed record StoredRows(int Documents, int Articles, int Comments, int Sources, int? ParserVersion, string? Title)
{
    public static async Task<StoredRows> ReadAsync(NpgsqlDataSource dataSource, string documentId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var (documents, articles, comments, sources, parserVersion, title) =
            await connection.QuerySingleAsync<(int, int, int, int, int?, string?)>(
            """
            SELECT (SELECT count(*)::int FROM documents WHERE id = @documentId) AS documents,
                   (SELECT count(*)::int FROM articles WHERE document_id = @documentId) AS articles,
                   (SELECT count(*)::int FROM comments WHERE document_id = @documentId) AS comments,
                   (SELECT count(*)::int FROM document_sources WHERE document_id = @documentId) AS sources,
                   (SELECT parser_version FROM documents WHERE id = @documentId) AS parser_version,
                   (SELECT title FROM articles WHERE document_id = @documentId) AS title
            """,
            new { documentId });
        return new StoredRows(documents, articles, comments, sources, parserVersion, title);
    }
}
