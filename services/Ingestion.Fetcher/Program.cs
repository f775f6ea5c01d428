using Ingestion.Fetcher;
using Ingestion.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFetcher();

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
