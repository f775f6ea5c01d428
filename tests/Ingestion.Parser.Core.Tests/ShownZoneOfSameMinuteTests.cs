using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShownZoneOfSameMinuteTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    [Fact]
    public void The_shown_zone_of_the_same_minute_is_the_metadata_times()
    {
        var lines = Lines("Rents rise again", "by Dana Holt February 1, 2016: 12:41 PM ET", "Rents rose.", "MoneyDesk (Chicago) First published February 1, 2016: 1:28 AM ET");

        Assert.Equal("2016-02-01T01:28:49-05:00", ShownZoneOfSameMinute.Applied("2016-02-01T01:28:49", lines));
    }

    [Fact]
    public void A_shown_time_at_another_minute_says_nothing()
    {
        var lines = Lines("by Dana Holt February 1, 2016: 12:41 PM ET");

        Assert.Equal("2016-02-01T01:28:49", ShownZoneOfSameMinute.Applied("2016-02-01T01:28:49", lines));
    }

    [Fact]
    public void An_afternoon_time_shown_on_a_twelve_hour_clock_is_the_same_minute()
    {
        var lines = Lines("Posted July 4, 2016 3:05 PM EDT");

        Assert.Equal("2016-07-04T15:05:12-04:00", ShownZoneOfSameMinute.Applied("2016-07-04T15:05:12", lines));
    }
}
