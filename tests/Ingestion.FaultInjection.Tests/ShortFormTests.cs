using System.Globalization;
using System.Text;
using Ingestion.FaultInjection;
using Xunit;
using Xunit.Abstractions;

namespace Ingestion.FaultInjection.Tests;

/// <summary>
/// The fault-injection suite's short form (the long form is deploy/local/faults.sh): one kill -9 of each service,
/// a RabbitMQ restart and PostgreSQL stopped for 30 s while a few hundred files flow, on private servers.
/// </summary>
public sealed class ShortFormTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_file_becomes_exactly_one_document_with_its_comments_through_kills_and_server_outages()
    {
        // A new plan each CI run; INGESTION_FAULTS_SEED replays the one a failing run printed.
        var seed = Environment.GetEnvironmentVariable("INGESTION_FAULTS_SEED") is { } fixedSeed
            ? int.Parse(fixedSeed, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        using var log = new TestOutputWriter(output);

        var figures = await FaultSuite.RunAsync(SuiteSettings.ShortForm(seed), log);

        Assert.True(figures.Passed, $"seed {seed}: {figures}");
        Assert.Equal(5, figures.FaultsInjected);
        Assert.Equal(figures.FilesIn, figures.DocumentsStored);
    }

    /// <summary>The suite's progress lines, as they come, in the test's output.</summary>
    private sealed class TestOutputWriter(ITestOutputHelper output) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                output.WriteLine(_line.ToString());
                _line.Clear();
            }
            else if (value != '\r')
            {
                _line.Append(value);
            }
        }
    }
}
