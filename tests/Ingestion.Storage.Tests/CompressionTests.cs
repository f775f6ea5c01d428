using Dapper;
using Ingestion.Testing;
using Xunit;

namespace Ingestion.Storage.Tests;

public sealed class CompressionTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly SyntheticDocuments _documents = new(seed: 44);

    [Fact]
    public async Task Pages_and_bodies_are_stored_lz4_compressed()
    {
        var message = _documents.Parsed(commentCount: 1);

        await database.Store.StoreAsync([message], CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var compression = await connection.QuerySingleAsync<(string Content, string Body)>(
            """
            SELECT pg_column_compression(d.content) AS content, pg_column_compression(a.body) AS body
              FROM documents d JOIN articles a ON a.document_id = d.id WHERE d.id = @id
            """,
            new { id = message.DocumentId });
        Assert.Equal(("lz4", "lz4"), compression);
    }
}
