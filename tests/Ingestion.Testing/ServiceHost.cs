using Ingestion.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Testing;

/// <summary>Starts a service in this process with exactly the given settings, as its Program.cs would.</summary>
public static class ServiceHost
{
    public static async Task<WebApplication> StartAsync(
        Action<WebApplicationBuilder> addService,
        IEnumerable<KeyValuePair<string, string?>> settings,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            // An empty content root: no appsettings.json of some service copied into the test output applies.
            ContentRootPath = Directory.CreateTempSubdirectory("ingestion-host-").FullName,
        });
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:0" }.Concat(settings));
        addService(builder);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapServiceDefaults();
        await app.StartAsync();
        return app;
    }
}
