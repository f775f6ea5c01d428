using Ingestion.Parser;
using Ingestion.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace Ingestion.EndToEnd.Tests;

public sealed class ParserStartupValidationTests
{
    [Theory]
    [InlineData("Parser:PrefetchCount", "0")]
    [InlineData("Parser:ConcurrentMessageLimit", "0")]
    public async Task A_setting_out_of_range_stops_start_up_with_a_message_naming_it(string setting, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RabbitMq:Host"] = "localhost",
            ["RabbitMq:User"] = "someone",
            ["RabbitMq:Pass"] = "secret",
            [setting] = value,
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => ServiceHost.StartAsync(builder => builder.AddParser(), settings));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }
}
