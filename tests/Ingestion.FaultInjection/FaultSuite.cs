using Ingestion.Testing;

namespace Ingestion.FaultInjection;

/// <summary>Runs the configured number of fault runs one after another and sums their figures.</summary>
public static class FaultSuite
{
    /// <summary>The services' build output folders match the configuration this program was built in.</summary>
    private const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public static async Task<RunFigures> RunAsync(SuiteSettings settings, TextWriter output)
    {
        var corpus = PageCorpus.Load(TestEnvironment.RepositoryRoot);
        var services = Path.Combine(TestEnvironment.RepositoryRoot, "services");
        await output.WriteLineAsync(
            $"fault injection: {settings.Runs} runs of {settings.Files} files ({corpus.SourceCount} source pages), seed {settings.Seed}, " +
            $"services from {Configuration} build output");

        var total = new RunFigures();
        for (var run = 1; run <= settings.Runs; run++)
        {
            total += await new FaultRun(settings, run, corpus, services, Configuration, output).RunAsync();
        }

        await output.WriteLineAsync($"total: {total}");
        await output.WriteLineAsync($"seed {settings.Seed} (rerun with --seed {settings.Seed})");
        return total;
    }
}
