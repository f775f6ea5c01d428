using MassTransit;
using Ingestion.Hosting;

namespace Ingestion.Parser;

public static class ParserRegistration
{
    public const string ServiceName = "ingestion-parser";

    public static IHostApplicationBuilder AddParser(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults(ServiceName, bus =>
            bus.AddConsumer<DocumentFetchedConsumer, DocumentFetchedConsumerDefinition>());
        builder.Services.AddValidatedOptions<ParserSettings>(ParserSettings.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ParserTelemetry>();
        return builder;
    }
}
