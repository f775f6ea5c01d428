using Ingestion.Storage;
using Ingestion.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace Ingestion.Storage.Tests;

/// <summary>A fresh database of the test class's own with the schema applied, and the storage pieces over it.</summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public string ConnectionString => _database.ConnectionString;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public DocumentWriter Writer { get; private set; } = null!;

    public DocumentStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await Migrator(ConnectionString).MigrateAsync(CancellationToken.None);
        DataSource = _database.CreateDataSource();
        Writer = new DocumentWriter(DataSource);
        Store = new DocumentStore(Writer, new RejectRecorder(DataSource), NullLogger<DocumentStore>.Instance);
    }

    internal static SchemaMigrator Migrator(string connectionString, string? applicationRole = null) =>
        new(new SchemaMigrator.Settings(connectionString, applicationRole), NullLoggerFactory.Instance, NullLogger<SchemaMigrator>.Instance);

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }
}
