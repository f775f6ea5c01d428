using Ingestion.Hosting;
using Ingestion.Storage;

if (args is [ReparseCommand.Name, ..])
{
    // Under a root command, so `reparse --help` works; without a command the service runs as usual below.
    return await new System.CommandLine.RootCommand("Ingestion storage service") { ReparseCommand.Create() }.Parse(args).InvokeAsync();
}

var builder = WebApplication.CreateBuilder(args);
builder.AddStorage();

var app = builder.Build();
app.MapServiceDefaults();
await app.RunAsync();
return 0;
