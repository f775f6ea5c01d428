using Ingestion.Hosting;
using Ingestion.Storage;

if (args is [ReparseCommand.Name, ..] or ["-h" or "--help" or "-?"])
{
    // Under a root command, so `reparse --help` and `--help` work; without a command the service runs as usual below.
    return await new System.CommandLine.RootCommand("Ingestion storage. Without a command it runs the service: it consumes DocumentParsed from RabbitMQ and writes to PostgreSQL.") { ReparseCommand.Create() }.Parse(args).InvokeAsync();
}

var builder = WebApplication.CreateBuilder(args);
builder.AddStorage();

var app = builder.Build();
app.MapServiceDefaults();
await app.RunAsync();
return 0;
