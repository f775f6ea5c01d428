using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WeatherAlertBoxTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("WEATHER ALERT: Dense Fog Advisory until 10:00 AM Friday", true)]
    [InlineData("Weather Alerts: Winter Storm Warning until 4 PM", true)]
    [InlineData("WEATHER ALERT: Crews cleared the road by noon and traffic moved again.", false)]
    [InlineData("Breaking News: Dense Fog Advisory until 10:00 AM Friday", false)]
    [InlineData("School bus driver steers 31 kids clear of Route 33 pileup", false)]
    public void A_banner_gives_the_label_and_the_alert_on_one_line(string line, bool furniture) =>
        Assert.Equal(furniture, WeatherAlertBox.Is(Lines(line), 0));

    [Fact]
    public void An_alert_with_a_clock_under_the_label_is_still_the_alert() =>
        Assert.True(WeatherAlertBox.Is(Lines("Weather Alerts\nFlood Watch until 4:00 PM"), 1));
}
