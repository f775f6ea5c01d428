using Ingestion.Hosting;
using Ingestion.Parser;

var builder = WebApplication.CreateBuilder(args);
builder.AddParser();

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
