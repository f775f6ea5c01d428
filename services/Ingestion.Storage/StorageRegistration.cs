using Ingestion.Hosting;
using MassTransit;
using Npgsql;

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
        {
            bus.AddConsumer<DocumentParsedBatchConsumer, DocumentParsedBatchConsumerDefinition>();
            bus.AddConsumer<RejectedDocumentConsumer, RejectedDocumentConsumerDefinition>();
        });

        builder.Services.AddValidatedOptions<StorageSettings>(StorageSettings.Section);
        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddSingleton(new SchemaMigrator.Settings(
            SameDatabase(connectionString, migrationsConnectionString),
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

    /// <summary>
    /// The migrations connection, which must reach the application's database: overriding only
    /// <c>ConnectionStrings__Postgres</c> while appsettings.json still names another database would otherwise
    /// migrate one database and write to another.
    /// </summary>
    private static string SameDatabase(string application, string? migrations)
    {
        if (string.IsNullOrWhiteSpace(migrations))
        {
            return application;
        }

        var app = new NpgsqlConnectionStringBuilder(application);
        var owner = new NpgsqlConnectionStringBuilder(migrations);
        return string.Equals(app.Host, owner.Host, StringComparison.OrdinalIgnoreCase) && app.Port == owner.Port && app.Database == owner.Database
            ? migrations
            : throw new InvalidOperationException(
                $"ConnectionStrings:{MigrationsConnectionStringName} names database '{owner.Database}' on {owner.Host}:{owner.Port}, " +
                $"but ConnectionStrings:{ConnectionStringName} names '{app.Database}' on {app.Host}:{app.Port}; set both to the same database.");
    }

    internal static string RequiredConnectionString(this IConfiguration configuration, string name)
    {
        var connectionString = configuration.GetConnectionString(name);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:{name} is required (environment: ConnectionStrings__{name}).")
            : connectionString;
    }
}
