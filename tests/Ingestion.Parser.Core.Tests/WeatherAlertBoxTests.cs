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

    [Fact]
    public void Every_alert_of_a_box_listing_several_and_its_closing_link_are_the_box()
    {
        var lines = Lines("Watches & Warnings\nTornado Watch until 11:00 PM CDT for Sedgwick, Butler, Harvey and Reno counties\nSevere Thunderstorm Warning until 5:45 PM CDT for Kingman County\nFlash Flood Watch through Sunday morning for Kay and Osage counties\nView all alerts");

        Assert.All(Enumerable.Range(0, 5), i => Assert.True(WeatherAlertBox.Is(lines, i)));
    }

    [Fact]
    public void A_second_alert_line_with_no_label_over_the_run_is_prose()
    {
        var lines = Lines("Storms raked the county overnight\nTornado Watch until 11:00 PM CDT for Sedgwick County\nFlash Flood Watch through Sunday morning for Kay County\nView all alerts");

        Assert.All(Enumerable.Range(0, 4), i => Assert.False(WeatherAlertBox.Is(lines, i)));
    }
}
