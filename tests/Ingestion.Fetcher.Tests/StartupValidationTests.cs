using Ingestion.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace Ingestion.Fetcher.Tests;

public sealed class StartupValidationTests
{
    private static readonly Dictionary<string, string?> ValidSettings = new()
    {
        ["RabbitMq:Host"] = "localhost",
        ["RabbitMq:User"] = "someone",
        ["RabbitMq:Pass"] = "secret",
        ["Fetcher:InboxPath"] = Path.GetTempPath(),
    };

    [Theory]
    [InlineData("RabbitMq:Host", "RabbitMq__Host")]
    [InlineData("RabbitMq:User", "RabbitMq__User")]
    [InlineData("RabbitMq:Pass", "RabbitMq__Pass")]
    [InlineData("Fetcher:InboxPath", "Fetcher__InboxPath")]
    public async Task A_missing_setting_stops_start_up_with_a_message_naming_it(string setting, string environmentVariable)
    {
        var settings = ValidSettings.Where(pair => pair.Key != setting);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => ServiceHost.StartAsync(builder => builder.AddFetcher(), settings));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Contains(environmentVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_out_of_range_stops_start_up_with_a_message_naming_it()
    {
        var settings = ValidSettings.Append(new("Fetcher:MaxConcurrency", "0"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => ServiceHost.StartAsync(builder => builder.AddFetcher(), settings));

        Assert.Contains("Fetcher:MaxConcurrency", error.Message, StringComparison.Ordinal);
    }
}
