using Ingestion.Hosting;
using Ingestion.Parser;

if (args is [ParseCommand.Name, ..] or ["-h" or "--help" or "-?"])
{
    // The verb is a local tool: it must not build the host, so it never connects to the bus or the collector. Help
    // goes the same way, instead of starting the service and failing on its missing RabbitMQ settings.
    return ParseCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddParser();

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
return 0;
