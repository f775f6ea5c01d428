using Dapper;
using Ingestion.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace Ingestion.Storage.Tests;

/// <summary>
/// Runs against the application login deploy/local/infra.sh creates (ingestion_app unless
/// INGESTION_TEST_POSTGRES_APP_USER / _PASSWORD say otherwise).
/// </summary>
public sealed class ApplicationRoleTests : IAsyncLifetime
{
    private static readonly string AppUser = Environment.GetEnvironmentVariable("INGESTION_TEST_POSTGRES_APP_USER") ?? "ingestion_app";
    private static readonly string AppPassword = Environment.GetEnvironmentVariable("INGESTION_TEST_POSTGRES_APP_PASSWORD") ?? "ingestion_app";

    private readonly PostgresDatabase _database = new();
    private NpgsqlDataSource _application = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await MigratedDatabase.Migrator(_database.ConnectionString, AppUser).MigrateAsync(CancellationToken.None);
        _application = NpgsqlDataSource.Create(
            new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = AppUser, Password = AppPassword }.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _application.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_application_role_stores_replaces_rejects_and_reads_through_the_views()
    {
        var documents = new SyntheticDocuments(seed: 44);
        var store = new DocumentStore(new DocumentWriter(_application), new RejectRecorder(_application), NullLogger<DocumentStore>.Instance);
        var content = documents.Content();

        var results = await store.StoreAsync(
            [documents.Parsed(content: content), documents.Parsed() with { DocumentId = "bad" }], CancellationToken.None);
        var replaced = await store.StoreAsync([documents.Parsed(parserVersion: 2, content: content)], CancellationToken.None);

        Assert.Equal([WriteOutcome.Stored, WriteOutcome.Rejected], results.Select(r => r.Outcome));
        Assert.Equal(WriteOutcome.Replaced, Assert.Single(replaced).Outcome);
        await using var connection = await _application.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM article_overview"));
        Assert.Equal(10, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM comment_threads"));
        Assert.Equal(11, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM searchable_text"));
    }

    [Theory]
    [InlineData("CREATE TABLE intruder (id int)")]
    [InlineData("DROP TABLE documents")]
    [InlineData("TRUNCATE comments")]
    [InlineData("ALTER TABLE articles ADD COLUMN extra text")]
    [InlineData("SELECT count(*) FROM schema_versions")]
    [InlineData("DELETE FROM schema_versions")]
    public async Task The_application_role_cannot_change_the_schema_or_its_journal(string statement)
    {
        await using var connection = await _application.OpenConnectionAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(statement));

        Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{refused.SqlState}: {refused.MessageText}");
    }
}
