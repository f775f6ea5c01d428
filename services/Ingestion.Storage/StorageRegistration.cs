using MassTransit;
using Ingestion.Hosting;

namespace Ingestion.Storage;

public static class StorageRegistration
{
    public const string ServiceName = "ingestion-storage";
    public const string ConnectionStringName = "Postgres";

    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is required (environment: ConnectionStrings__{ConnectionStringName}).");
        }

        builder.AddServiceDefaults(ServiceName, bus =>
            bus.AddConsumer<DocumentParsedConsumer, DocumentParsedConsumerDefinition>());

        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddSingleton(new SchemaMigrator.Settings(connectionString));
        // Runs in the host's Starting phase, so the schema is in place before the bus delivers anything.
        builder.Services.AddHostedService<SchemaMigrator>();
        builder.Services.AddSingleton<StorageTelemetry>();
        builder.Services.AddSingleton<DocumentWriter>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgres", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }
}
