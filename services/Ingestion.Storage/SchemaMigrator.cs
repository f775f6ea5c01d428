using Dapper;
using DbUp;
using Npgsql;

namespace Ingestion.Storage;

/// <summary>
/// Applies the versioned scripts in <c>Migrations/</c> in order, each in its own transaction, recording them in
/// <c>schema_versions</c>, then grants the application role its privileges. It connects as the owning role
/// (<c>ConnectionStrings:PostgresMigrations</c>), never through the application's data source. A PostgreSQL
/// advisory lock makes instances that start together take turns: the second finds nothing left to apply.
/// </summary>
internal sealed partial class SchemaMigrator(
    SchemaMigrator.Settings settings,
    ILoggerFactory loggerFactory,
    ILogger<SchemaMigrator> logger) : IHostedLifecycleService
{
    /// <param name="ConnectionString">The owning role's connection.</param>
    /// <param name="ApplicationRole">The role to grant the application's privileges to, if any.</param>
    public sealed record Settings(string ConnectionString, string? ApplicationRole = null);

    // Any fixed number shared by all instances; this one spells "ingest" in ASCII.
    private const long MigrationLockKey = 0x696E67657374;

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>Runs before any hosted service starts, so the bus never delivers into a missing table.</summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await MigrateAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient || exception.InnerException is System.Net.Sockets.SocketException)
            {
                // The database may start after us (containers); wait for it rather than crash-loop.
                LogDatabaseUnavailable(exception, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    /// <returns>How many scripts this call applied.</returns>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var lockConnection = new NpgsqlConnection(settings.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await lockConnection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(settings.ConnectionString)
                .WithScriptsEmbeddedInAssembly(typeof(SchemaMigrator).Assembly, name => name.Contains(".Migrations.", StringComparison.Ordinal))
                .WithTransactionPerScript()
                .JournalToPostgresqlTable("public", "schema_versions")
                .LogTo(loggerFactory)
                .Build();

            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Database migration failed at script '{result.ErrorScript?.Name}'.", result.Error);
            }

            var applied = result.Scripts.Count();
            LogMigrated(applied);

            if (await ApplicationRoleGrants.GrantAsync(lockConnection, settings.ApplicationRole, cancellationToken))
            {
                LogGranted(settings.ApplicationRole!);
            }
            else if (!string.IsNullOrWhiteSpace(settings.ApplicationRole))
            {
                LogNotGranted(settings.ApplicationRole);
            }

            return applied;
        }
        finally
        {
            await lockConnection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Database schema is up to date ({AppliedCount} scripts applied now)")]
    private partial void LogMigrated(int appliedCount);

    [LoggerMessage(LogLevel.Information, "Granted the application role {Role} its privileges")]
    private partial void LogGranted(string role);

    [LoggerMessage(LogLevel.Information, "Granted nothing to {Role}: it is the migrating role itself or does not exist")]
    private partial void LogNotGranted(string role);

    [LoggerMessage(LogLevel.Warning, "PostgreSQL is not reachable; trying again in {Delay}")]
    private partial void LogDatabaseUnavailable(Exception exception, TimeSpan delay);
}
