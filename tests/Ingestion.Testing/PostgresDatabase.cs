using Dapper;
using Npgsql;
using Xunit;

namespace Ingestion.Testing;

/// <summary>A database of its own for one test class, dropped afterwards, so runs never see each other's rows.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly string _name = $"ingestion_test_{Guid.NewGuid():N}"[..32];

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.ExecuteAsync($"CREATE DATABASE \"{_name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = _name }.ConnectionString;
    }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // FORCE may not end an autovacuum worker still busy after heavy writes (42501): give it a moment.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
                await connection.ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(500);
            }
        }
    }
}
