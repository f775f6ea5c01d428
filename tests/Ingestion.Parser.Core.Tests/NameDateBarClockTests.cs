using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Posted by: Name, 27 Sep 2011 | 15:22": the day after the name's comma, the clock after the bar.</summary>
public class NameDateBarClockTests
{
    [Theory]
    [InlineData("Posted by: Harbour Resident, 15 Mar 2012 | 09:12", "Harbour Resident", "2012-03-15T09:12:00")]
    [InlineData("Posted by: Joan Pell, 06 Oct 2011 | 13:59", "Joan Pell", "2011-10-06T13:59:00")]
    public void The_name_loses_the_day_and_the_time_keeps_it(string line, string author, string postedAt)
    {
        Assert.True(CommentLine.TryReadAuthor(line, out var name, out var time, out _));
        Assert.Equal(author, name);
        Assert.Equal(postedAt, time?.ToIso());
    }

    [Fact]
    public void A_bar_with_a_button_after_it_is_no_clock()
    {
        Assert.False(NameDateBarClock.TryRead("Harbour Resident, 15 Mar 2012 | Reply", out _, out _));
    }
}
