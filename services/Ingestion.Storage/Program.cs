using Ingestion.Hosting;
using Ingestion.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddStorage();

var app = builder.Build();
app.MapServiceDefaults();
app.Run();
