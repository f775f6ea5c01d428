using Dapper;
using Ingestion.Testing;
using Npgsql;
using Xunit;

namespace Ingestion.Storage.Tests;

public sealed class SchemaMigrationTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Migrating_an_empty_database_creates_the_tables_and_views_and_records_each_script()
    {
        var applied = await MigratedDatabase.Migrator(_database.ConnectionString).MigrateAsync(CancellationToken.None);

        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        var relations = (await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "documents", "document_sources", "articles", "comments", "rejects", "article_overview", "comment_threads", "searchable_text", "schema_versions" },
            relations);
        var scripts = MigrationScripts();
        Assert.Equal(scripts.Length, applied);
        Assert.Equal(scripts.Length, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_versions"));
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_rows()
    {
        var migrator = MigratedDatabase.Migrator(_database.ConnectionString);
        await migrator.MigrateAsync(CancellationToken.None);
        await using var dataSource = _database.CreateDataSource();
        await new DocumentWriter(dataSource).WriteAsync([PreparedDocument.From(new SyntheticDocuments().Parsed())], CancellationToken.None);

        var appliedAgain = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, appliedAgain);
        await using var connection = await dataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM documents"));
    }

    [Fact]
    public async Task Two_instances_starting_together_apply_each_script_once()
    {
        var first = MigratedDatabase.Migrator(_database.ConnectionString);
        var second = MigratedDatabase.Migrator(_database.ConnectionString);

        var applied = await Task.WhenAll(
            Task.Run(() => first.MigrateAsync(CancellationToken.None)),
            Task.Run(() => second.MigrateAsync(CancellationToken.None)));

        // One of them applied everything while the other waited on the lock, then found nothing left.
        Assert.Equal([0, MigrationScripts().Length], applied.Order());
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        var journal = (await connection.QueryAsync<string>("SELECT scriptname FROM schema_versions")).ToList();
        Assert.Equal(journal.Distinct().Count(), journal.Count);
    }

    private static string[] MigrationScripts() =>
        typeof(DocumentWriter).Assembly.GetManifestResourceNames().Where(n => n.Contains(".Migrations.", StringComparison.Ordinal)).ToArray();
}
