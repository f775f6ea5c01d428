using System.CommandLine;
using Ingestion.FaultInjection;

var runs = new Option<int>("--runs") { Description = "Runs, each on fresh private servers.", DefaultValueFactory = _ => 3 };
var files = new Option<int>("--files") { Description = "Files dropped per run.", DefaultValueFactory = _ => 2000 };
var seed = new Option<int?>("--seed") { Description = "Seed of the fault plan (default: random, printed)." };
var kills = new Option<int>("--kills") { Description = "kill -9 faults per service per run.", DefaultValueFactory = _ => 3 };
var rate = new Option<double>("--rate") { Description = "Files dropped per second.", DefaultValueFactory = _ => 25 };
var command = new RootCommand(
    "Drops files through the real services while killing them (SIGKILL), restarting RabbitMQ and stopping PostgreSQL " +
    "for 30 s, on a private RabbitMQ node and PostgreSQL cluster; then checks nothing was lost or duplicated.")
{
    runs, files, seed, kills, rate,
};
command.SetAction(async parseResult =>
{
    // Checked here rather than in a command validator, which sees 0 for options left at their default.
    if (parseResult.GetValue(runs) < 1 || parseResult.GetValue(files) < 1 || parseResult.GetValue(kills) < 0 || parseResult.GetValue(rate) <= 0)
    {
        await Console.Error.WriteLineAsync("--runs and --files must be at least 1, --kills at least 0 and --rate above 0.");
        return 2;
    }

    var settings = SuiteSettings.LongForm(parseResult.GetValue(seed) ?? Random.Shared.Next()) with
    {
        Runs = parseResult.GetValue(runs),
        Files = parseResult.GetValue(files),
        KillsPerService = parseResult.GetValue(kills),
        FilesPerSecond = parseResult.GetValue(rate),
    };
    var figures = await FaultSuite.RunAsync(settings, Console.Out);
    return figures.Passed ? 0 : 1;
});
return await command.Parse(args).InvokeAsync();
