using Ingestion.Hosting;
using Ingestion.Parser;

if (args is ["parse", ..])
{
    // The verb is a local tool: it must not build the host, so it never connects to the bus or the collector.
    return ParseCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddParser();

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
return 0;
