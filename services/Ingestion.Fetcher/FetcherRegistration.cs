using Ingestion.Hosting;

namespace Ingestion.Fetcher;

public static class FetcherRegistration
{
    public const string ServiceName = "ingestion-fetcher";

    public static IHostApplicationBuilder AddFetcher(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults(ServiceName);

        builder.Services.AddValidatedOptions<FetcherOptions>(FetcherOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FetcherTelemetry>();
        builder.Services.AddSingleton<InboxFolders>();
        builder.Services.AddSingleton<DocumentFetcher>();
        builder.Services.AddHostedService<InboxWatcher>();
        return builder;
    }
}
