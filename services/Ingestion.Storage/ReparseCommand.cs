using System.CommandLine;
using Ingestion.Hosting;
using MassTransit;
using Npgsql;

namespace Ingestion.Storage;

/// <summary>
/// <c>Ingestion.Storage reparse --all | --below-version N</c>: republishes stored documents to the parser. It
/// builds a host of its own with configuration and the bus only: no consumers, no migration, no web server.
/// </summary>
public static class ReparseCommand
{
    public const string Name = "reparse";

    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Republish every stored document." };
        var belowVersion = new Option<int?>("--below-version")
        {
            Description = "Republish only documents whose stored result comes from a parser version lower than this.",
        };
        var command = new Command(Name, "Send stored raw documents back to the parser (as DocumentFetched, same document id).")
        {
            all,
            belowVersion,
        };
        command.Validators.Add(result =>
        {
            var hasAll = result.GetValue(all);
            var hasBelow = result.GetValue(belowVersion) is not null;
            if (hasAll == hasBelow)
            {
                result.AddError("Give exactly one of --all or --below-version N.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var selection = parseResult.GetValue(belowVersion) is { } version ? ReparseSelection.Below(version) : ReparseSelection.All;
            var republished = await RunAsync(selection, cancellationToken);
            await Console.Out.WriteLineAsync($"Republished {republished} documents.");
            return 0;
        });
        return command;
    }

    private static async Task<int> RunAsync(ReparseSelection selection, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // appsettings.json sits beside the executable, wherever `dotnet run` was started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddIngestionTelemetry(StorageRegistration.ServiceName);
        builder.AddIngestionBus(configureBus: null);
        builder.Services.AddNpgsqlDataSource(builder.Configuration.RequiredConnectionString(StorageRegistration.ConnectionStringName));
        builder.Services.AddSingleton<DocumentRepublisher>();

        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var republisher = host.Services.GetRequiredService<DocumentRepublisher>();
            return await republisher.RepublishAsync(selection, new ConsoleProgress(), cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            await Console.Error.WriteLineAsync(
                "The database has no Ingestion schema yet: start the storage service once (it applies the migrations), then reparse.");
            return 1;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>A line per thousand documents, written as the count passes it (not posted to the thread pool).</summary>
    private sealed class ConsoleProgress : IProgress<int>
    {
        private int _printedThousands;

        public void Report(int value)
        {
            if (value / 1_000 > _printedThousands)
            {
                _printedThousands = value / 1_000;
                Console.Out.WriteLine($"{value} republished...");
            }
        }
    }
}
