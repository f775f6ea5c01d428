using MassTransit;
using Ingestion.Hosting;

namespace Ingestion.Storage;

public static class StorageRegistration
{
    public const string ServiceName = "ingestion-storage";

    /// <summary>The application's connection: the least-privileged role that reads and writes the tables.</summary>
    public const string ConnectionStringName = "Postgres";

    /// <summary>The migrator's connection: the role that owns the schema. Defaults to <see cref="ConnectionStringName"/>.</summary>
    public const string MigrationsConnectionStringName = "PostgresMigrations";

    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.RequiredConnectionString(ConnectionStringName);
        var migrationsConnectionString = builder.Configuration.GetConnectionString(MigrationsConnectionStringName);

        builder.AddServiceDefaults(ServiceName, bus =>
            bus.AddConsumer<DocumentParsedBatchConsumer, DocumentParsedBatchConsumerDefinition>());

        builder.Services.AddValidatedOptions<StorageSettings>(StorageSettings.Section);
        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddSingleton(new SchemaMigrator.Settings(
            string.IsNullOrWhiteSpace(migrationsConnectionString) ? connectionString : migrationsConnectionString,
            ApplicationRoleGrants.RoleFor(connectionString, builder.Configuration[$"{StorageSettings.Section}:{nameof(StorageSettings.ApplicationRole)}"])));
        // Runs in the host's Starting phase, so the schema is in place before the bus delivers anything.
        builder.Services.AddHostedService<SchemaMigrator>();
        builder.Services.AddSingleton<StorageTelemetry>();
        builder.Services.AddSingleton<DocumentWriter>();
        builder.Services.AddSingleton<RejectRecorder>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgres", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }

    internal static string RequiredConnectionString(this IConfiguration configuration, string name)
    {
        var connectionString = configuration.GetConnectionString(name);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:{name} is required (environment: ConnectionStrings__{name}).")
            : connectionString;
    }
}
