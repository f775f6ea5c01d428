using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublishedClockUnderUpdateTests
{
    private static readonly PageTime Update = new(new DateOnly(2013, 9, 29), new TimeOnly(21, 48), "AEST", TimeSpan.FromHours(10), false);

    [Fact]
    public void A_first_published_clock_under_a_dated_update_takes_its_day()
    {
        var clock = new PageTime(null, new TimeOnly(14, 15), "AEST", TimeSpan.FromHours(10), false);
        var published = PublishedClockUnderUpdate.Combine(Update, "First published 2:15pm AEST", clock);
        Assert.Equal(new PageTime(new DateOnly(2013, 9, 29), new TimeOnly(14, 15), "AEST", TimeSpan.FromHours(10), false), published);
    }

    [Fact]
    public void A_later_clock_or_an_unlabelled_one_gives_nothing()
    {
        var later = new PageTime(null, new TimeOnly(22, 15), "AEST", TimeSpan.FromHours(10), false);
        Assert.Null(PublishedClockUnderUpdate.Combine(Update, "First published 10:15pm AEST", later));
        var earlier = new PageTime(null, new TimeOnly(14, 15), "AEST", TimeSpan.FromHours(10), false);
        Assert.Null(PublishedClockUnderUpdate.Combine(Update, "2:15pm AEST", earlier));
        Assert.False(PublishedClockUnderUpdate.HasPublishLabel("Postal workers walked out at 2:15pm."));
        Assert.True(PublishedClockUnderUpdate.HasPublishLabel("Posted: 2:15pm"));
    }
}
